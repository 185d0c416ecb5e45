/*
 * Every dead end ends here, with the reason in plain words and a ticket to the staff desk, marked for help
 * with its reason on the clerk's list: no card, a forgotten PIN, one try left, a locked PIN, wrong data, a
 * card that cannot be read, a check-in the server refused. Only when the server itself cannot be reached
 * is there no ticket: then a member of staff nearby is asked for.
 */
import { ui, $, onForget } from "./state.js";
import { api } from "./api.js";
import { setText, onLanguage } from "./i18n.js";
import { show } from "./screens.js";
import { showTicket } from "./ticket.js";
import { touch } from "./activity.js";
import { refusedForTheHour } from "./closed.js";

/** The help reasons (the server's codes) with the key of the message the resident reads. */
const MESSAGES = {
  "no-card": "staffNoCard", "forgot-pin": "staffPin", "one-try-left": "oneTryLeft", "pin-locked": "pinLocked",
  "data-wrong": "staffData", "card-unreadable": "cardFailure", "rejected": "rejected", "server": "staffServer"
};

/** Card outcomes that end at the staff desk, as help reasons. */
const CARD_OUTCOMES = {
  "one-try-left": "one-try-left", "pin-locked": "pin-locked", "no-reader": "card-unreadable",
  "card-failure": "card-unreadable", "unexpected": "card-unreadable", "unknown-card": "card-unreadable"
};

let reason = null;

export function helpFor(cardOutcome) {
  return CARD_OUTCOMES[cardOutcome] || null;
}

export function toStaff(why) {
  reason = why;
  render();
  show("staff");
}

function render() {
  if (!reason) return;
  setText($("staff-message"), MESSAGES[reason] || "rejected");
  // Without the server there is no ticket to give: the resident asks someone nearby.
  const ticket = reason !== "server";
  $("btn-help-ticket").hidden = !ticket;
  setText($("staff-next"), ticket ? "staffTicket" : "staffCome");
  $("staff-error").textContent = "";
}

async function helpTicket() {
  touch();
  if (ui.busy) return;
  ui.busy = true;
  try {
    const answer = await api("POST", "help-ticket", { reason: reason });
    if (answer.outcome === "accepted") {
      showTicket({ number: answer.ticketNumber, statusQr: answer.statusQr, help: reason });
    } else if (answer.outcome === "reception-closed") {
      refusedForTheHour();
    } else {
      setText($("staff-error"), "helpTicketFailed");
    }
  } catch (e) {
    setText($("staff-error"), "helpTicketFailed");
  } finally {
    ui.busy = false;
  }
}

$("btn-help-ticket").addEventListener("click", helpTicket);
onLanguage(render);
onForget(() => { reason = null; });
