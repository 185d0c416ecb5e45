/*
 * What the manager sees of kiosk use (no personal data): every tap and keystroke the resident makes on the
 * page (PIN digits counted apart) and the screens passed, reported to the kiosk program on each screen
 * change; the kiosk adds the times, the wrong PINs and how the session ended, and sends it to the server.
 */
import { ui, onForget } from "./state.js";
import { api } from "./api.js";
import { onScreenChange } from "./screens.js";

const counts = { taps: 0, keys: 0, pinDigits: 0 };

function isPinDigit(target) {
  return ui.screen === "pin" && target && target.closest && target.closest("#keypad [data-digit]");
}

document.addEventListener("click", (e) => {
  const button = e.target.closest && e.target.closest("button");
  if (!button) return;
  if (isPinDigit(button)) counts.pinDigits++; else counts.taps++;
}, true);

document.addEventListener("keydown", (e) => {
  if (e.repeat || ["Shift", "Control", "Alt", "Meta", "Tab"].includes(e.key)) return;
  if (ui.screen === "pin" && /^[0-9]$/.test(e.key)) counts.pinDigits++; else counts.keys++;
}, true);

/** The counts so far (tests read them through the page). */
export function interactions() {
  return Object.assign({}, counts);
}

onScreenChange((from, to) => {
  api("POST", "metrics/screen", { screen: to, language: ui.lang, taps: counts.taps, keys: counts.keys })
    .catch(() => { /* metrics never stand in the resident's way */ });
});

// A new resident: the counts start from zero.
onForget(() => {
  counts.taps = 0;
  counts.keys = 0;
  counts.pinDigits = 0;
});
