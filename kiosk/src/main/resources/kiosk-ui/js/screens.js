/*
 * One screen at a time. Each screen starts at its top with the focus on its heading; "step n of N" says
 * where the resident is. Screens register what to do when they are shown or left.
 */
import { ui, $ } from "./state.js";
import { html, markup, easy, onLanguage, setText } from "./i18n.js";

/** The resident's steps; the language screen and the help screens are outside the count. */
const STEP_OF = {
  start: 1, qr: 1, pin: 2, confirm: 3,
  address: 4, "event-date": 4, household: 4,
  summary: 5, checkin: 5, ticket: 6
};
export const STEPS = 6;

const shown = {};
const left = {};
const listeners = [];

export function onShow(screen, fn) {
  shown[screen] = fn;
}

export function onLeave(screen, fn) {
  left[screen] = fn;
}

/** Called with (from, to) on every screen change (the session metrics count them). */
export function onScreenChange(fn) {
  listeners.push(fn);
}

export function show(screen, focus) {
  const from = ui.screen;
  if (from !== screen && left[from]) left[from](screen);
  if (screen !== from) say("");
  ui.screen = screen;
  document.querySelectorAll(".screen").forEach((s) => { s.hidden = s.id !== "screen-" + screen; });
  const section = $("screen-" + screen);
  const body = section && section.querySelector(".screen-body");
  if (body) body.scrollTop = 0;
  window.scrollTo(0, 0);
  renderStep();
  if (focus !== false) {
    const heading = section && section.querySelector("h1");
    if (heading) heading.focus({ preventScroll: true });
  }
  if (shown[screen]) shown[screen]();
  if (from !== screen) listeners.forEach((fn) => fn(from, screen));
}

function renderStep() {
  const step = $("step");
  const n = STEP_OF[ui.screen];
  step.hidden = n === undefined;
  if (n !== undefined) setText(step, "step", n, STEPS);
}

onLanguage(renderStep);

// A screen's body scrolls when it is longer than the window: keyboard users reach it with Tab too.
document.querySelectorAll(".screen-body").forEach((body) => { body.tabIndex = 0; });

/** A message in the polite live region (or none). */
export function say(message) {
  $("status").innerHTML = message ? markup(message, easy()) : "";
}

/** A key's text in the live region. */
export function sayKey(key, n) {
  $("status").innerHTML = html(key, n);
}
