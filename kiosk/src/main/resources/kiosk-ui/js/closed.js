/*
 * 受付終了: once the day's reception has ended the start screen gives way to this one, so a resident learns it
 * before placing a card, with the time it ended; a check-in the server refused because reception ended while
 * the resident was at the kiosk lands here too, kindly, with what to do. The kiosk program asks the server
 * (GET /api/office-hours, kept 30 s); hours it cannot learn leave the kiosk open (the server still decides).
 */
import { ui, $, onForget } from "./state.js";
import { api } from "./api.js";
import { setText, onLanguage } from "./i18n.js";
import { show, onShow } from "./screens.js";

const LOOK_EVERY_MS = 30000;
let hours = { known: false, receptionOpen: true };
/** The resident was refused in mid-flow (the sorry line and "finish" are shown). */
let refused = false;

/** Asks the kiosk program for today's hours; the start screen then follows them. */
export async function lookAtHours() {
  try {
    hours = await api("GET", "office-hours");
  } catch (e) {
    hours = { known: false, receptionOpen: true };
  }
  follow();
  return hours;
}

export function receptionClosed() {
  return !hours.receptionOpen;
}

/** The server refused a new ticket (check-in, help ticket): reception ended while the resident was here. */
export function refusedForTheHour() {
  refused = true;
  hours = Object.assign({}, hours, { receptionOpen: false });
  show("closed");
  lookAtHours();
}

/** The start screen is never shown while reception is closed; the next morning it comes back by itself. */
export function follow() {
  if (ui.screen === "start" && receptionClosed()) show("closed");
  else if (ui.screen === "closed" && !refused && !receptionClosed()) show("start");
}

function render() {
  $("closed-sorry").hidden = !refused;
  if (refused) setText($("closed-sorry"), "receptionClosedSorry");
  $("btn-closed-done").hidden = !refused;
  $("closed-hours").hidden = !hours.receptionEnds;
  if (hours.receptionEnds) setText($("closed-hours"), "receptionClosedAt", undefined, hours.receptionEnds);
}

onShow("closed", render);
onLanguage(() => { if (ui.screen === "closed") render(); });
onForget(() => { refused = false; });
setInterval(() => { if (ui.screen === "start" || ui.screen === "closed") lookAtHours(); }, LOOK_EVERY_MS);
