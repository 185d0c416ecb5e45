/*
 * Checking in. The kiosk builds the check-in once and sends exactly that on every retry (same idempotency
 * key), so a retry after a lost answer never issues a second ticket; the page retries by itself after 5,
 * 10, 20, then every 30 seconds, and on "try again now".
 */
import { ui, $, onForget } from "./state.js";
import { api } from "./api.js";
import { setText } from "./i18n.js";
import { show } from "./screens.js";
import { showTicket } from "./ticket.js";
import { toStaff } from "./help.js";
import { finishQuestions } from "./questions.js";
import { idle } from "./route.js";
import { touch } from "./activity.js";
import { offerWithoutReservation } from "./reservation.js";
import { refusedForTheHour } from "./closed.js";

const RETRY_SECONDS = [5, 10, 20, 30];
let timer = null;
let retries = 0;
/** The resident's answer when the same card checked in earlier today: add to it, or separate (kept for retries). */
let repeat = null;

export async function checkIn() {
  if (ui.busy) return;
  ui.busy = true;
  clearTimeout(timer);
  if (ui.screen !== "checkin") { serverDownShown(false); heading("checkingIn"); show("checkin"); }
  setText($("retry-info"), "retrying");
  try {
    const answer = await api("POST", "visit/check-in" + (repeat ? "?repeat=" + repeat : ""));
    if (answer.outcome === "repeat") {
      askRepeat(answer.earlier);
    } else if (answer.outcome === "accepted") {
      retries = 0;
      showTicket({ number: answer.ticketNumber, statusQr: answer.statusQr });
    } else if (answer.outcome === "server-unreachable") {
      serverDown();
    } else if (answer.outcome === "reception-closed") {
      refusedForTheHour();
    } else if (answer.field === "reservation") {
      offerWithoutReservation(answer.error, checkIn);
    } else {
      toStaff("rejected");
    }
  } catch (e) {
    if (e.status === 409) toStaff("rejected"); else serverDown();
  } finally {
    ui.busy = false;
  }
}

// The heading says what is true now: checking in, or the system cannot be reached (and retries).
function heading(key) {
  $("h-checkin").dataset.t = key;
  setText($("h-checkin"), key);
}

function serverDownShown(on) {
  $("server-down").hidden = !on;
  $("server-down-actions").hidden = !on;
}

function serverDown() {
  heading("serverDownTitle");
  const first = $("server-down").hidden;
  serverDownShown(true);
  if (first) $("btn-retry").focus();
  const wait = RETRY_SECONDS[Math.min(retries, RETRY_SECONDS.length - 1)];
  retries++;
  setText($("retry-info"), "retryIn", wait);
  timer = setTimeout(checkIn, wait * 1000);
}

/** The same card checked in earlier today: add to that visit (same ticket) or check in separately. */
function askRepeat(earlier) {
  setText($("repeat-text"), "repeatText", earlier.ticketNumber);
  const dialog = $("repeat-dialog");
  if (!dialog.open) dialog.showModal();
  $("btn-repeat-add").focus();
}

function answerRepeat(choice) {
  $("repeat-dialog").close();
  repeat = choice;
  touch();
  checkIn();
}

$("btn-repeat-add").addEventListener("click", () => answerRepeat("add"));
$("btn-repeat-new").addEventListener("click", () => answerRepeat("separate"));
// Escape is no answer: the question stays until the resident chooses.
$("repeat-dialog").addEventListener("cancel", (e) => e.preventDefault());
// The questions left untouched are answered "no" first, as the screen says; a new or open question stops here.
// A tap while the last answer is still on its way waits for it (a quick resident's tap is not lost).
let tapped = false;
$("btn-checkin").addEventListener("click", async () => {
  if (tapped) return;
  tapped = true;
  try {
    await idle();
    if (await finishQuestions()) checkIn();
  } finally {
    tapped = false;
  }
});
$("btn-retry").addEventListener("click", () => { touch(); checkIn(); });
$("btn-checkin-staff").addEventListener("click", () => { clearTimeout(timer); toStaff("server"); });
onForget(() => {
  clearTimeout(timer);
  retries = 0;
  repeat = null;
  serverDownShown(false);
  heading("checkingIn");
});
