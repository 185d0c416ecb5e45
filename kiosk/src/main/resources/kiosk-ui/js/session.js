/*
 * The page follows the kiosk's session by polling GET /api/state every second: a new generation means the
 * kiosk forgot everything (card pulled, idle, finished) and the page starts over; the idle warning counts
 * down in a dialog; a card left on the reader is asked for before anyone can start again.
 */
import { ui, $, forget } from "./state.js";
import { api } from "./api.js";
import { setText, setLanguage, t } from "./i18n.js";
import { show, say } from "./screens.js";
import { waitForCard } from "./start.js";
import { takeCard, cardTaken } from "./take-card.js";
import { touch } from "./activity.js";

const POLL_MS = 1000;
const pollers = [];

/** Called with the kiosk's state after every poll (the household screen watches for family members' cards). */
export function onPoll(fn) {
  pollers.push(fn);
}

/** Back to the start screen; after a pulled card in the resident's language, else fresh for the next one. */
function startOver(reason) {
  forget();
  closeDialogs();
  if (reason !== "card-removed") {
    ["large-text", "high-contrast"].forEach((c) => document.documentElement.classList.remove(c));
    $("btn-large").setAttribute("aria-pressed", "false");
    $("btn-contrast").setAttribute("aria-pressed", "false");
    setLanguage("ja");
  }
  // A card left behind is asked for first; the message says why the kiosk started over.
  if (ui.state && ui.state.takeCard) takeCard(); else show("start");
  if (reason === "card-removed") say(t("resetCard"));
  else if (reason === "idle") say(t("resetIdle"));
}

/** Start over now ("finish", "start over"): the kiosk forgets first, then the page. */
export async function restart() {
  try { ui.state = await api("POST", "reset"); } catch (e) { /* the poll will tell */ }
  if (ui.state) ui.generation = ui.state.generation;
  startOver("resident");
}

function closeDialogs() {
  ["idle-dialog", "repeat-dialog"].forEach((id) => { if ($(id).open) $(id).close(); });
}

function idle(state) {
  const dialog = $("idle-dialog");
  if (state.idle.warning && ui.screen !== "start" && ui.screen !== "take-card") {
    setText($("idle-text"), "idleText", state.idle.secondsLeft);
    if (!dialog.open) { dialog.showModal(); $("btn-continue").focus(); }
  } else if (dialog.open) {
    dialog.close();
  }
}

function followCard(state) {
  if (!state) return;
  if (state.takeCard) takeCard();
  else if (ui.screen === "take-card") cardTaken();
}

async function poll() {
  try {
    const state = await api("GET", "state");
    const previous = ui.generation;
    ui.state = state;
    ui.generation = state.generation;
    $("demo-panel").hidden = !state.demo;
    $("btn-qr").hidden = !state.qr;
    if (previous !== null && previous !== state.generation) {
      startOver(state.lastReset);
    } else {
      followCard(state);
      if (ui.screen === "start") waitForCard();
      idle(state);
      pollers.forEach((fn) => fn(state));
    }
  } catch (e) {
    // The kiosk program itself is restarting; keep polling.
  } finally {
    setTimeout(poll, POLL_MS);
  }
}

export function startPolling() {
  poll();
}

$("btn-continue").addEventListener("click", () => { $("idle-dialog").close(); touch(); });
$("idle-dialog").addEventListener("cancel", (e) => { e.preventDefault(); $("idle-dialog").close(); touch(); });
$("btn-finish").addEventListener("click", restart);
$("btn-restart").addEventListener("click", restart);
$("btn-staff-restart").addEventListener("click", restart);
$("btn-closed-done").addEventListener("click", restart);
