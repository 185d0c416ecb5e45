/*
 * The first screen: "place your card", the languages beside it (choosing one is optional: Japanese is the
 * default, so a Japanese-speaking resident needs no tap before the PIN), a home QR code, or staff help.
 * A card on the reader opens the PIN pad; its tries left are asked first without spending one.
 */
import { ui, $ } from "./state.js";
import { api } from "./api.js";
import { languageButtons, setLanguage, setText, t, onLanguage } from "./i18n.js";
import { show, onShow, say } from "./screens.js";
import { openPin } from "./pin.js";
import { showResident } from "./confirm.js";
import { toStaff, helpFor } from "./help.js";
import { takeCard } from "./take-card.js";
import { touch } from "./activity.js";
import { receptionClosed, follow } from "./closed.js";

let checking = false;

export function waitForCard() {
  // After reception has ended no card is read: the closed screen says so instead.
  if (receptionClosed()) { follow(); return; }
  const present = ui.state && ui.state.cardPresent;
  setText($("card-waiting"), present ? "cardFound" : "waitingForCard");
  checkCard();
}

async function checkCard() {
  if (ui.screen !== "start" || checking || receptionClosed() || !(ui.state && ui.state.cardPresent)) return;
  checking = true;
  try {
    const answer = await api("GET", "card/tries");
    if (ui.screen !== "start") return;
    if (answer.outcome === "tries-left") openCardPin(answer.triesLeft);
    else cardProblem(answer);
  } catch (e) {
    say(t("unexpected"));
  } finally {
    checking = false;
  }
}

function openCardPin(triesLeft) {
  openPin({
    purpose: "card",
    path: "card/read",
    triesLeft: triesLeft,
    otherKey: "forgotPin",
    onOther: () => toStaff("forgot-pin"),
    onRead: (answer) => showResident(answer.resident),
    onProblem: cardProblem
  });
}

/** What the card said instead of tries left or a reading: staff, or place it again. */
export function cardProblem(answer) {
  if (answer.outcome === "card-left") { takeCard(); return; }
  const help = helpFor(answer.outcome);
  if (help) { toStaff(help); return; }
  show("start");
  say(t(messageKey(answer.outcome)));
}

export function messageKey(outcome) {
  return {
    "wrong-pin": "wrongPin", "one-try-left": "oneTryLeft", "pin-locked": "pinLocked", "invalid-pin": "invalidPin",
    "no-reader": "noReader", "no-card": "noCardMsg", "card-removed": "cardRemoved", "not-responding": "notResponding",
    "unknown-card": "unknownCard", "card-failure": "cardFailure", "other-card": "otherCard"
  }[outcome] || "unexpected";
}

function renderLanguages() {
  languageButtons($("start-languages"), (id) => { setLanguage(id); touch(); });
  $("start-languages").querySelectorAll("button").forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.lang === ui.lang)));
}

onLanguage(() => {
  renderLanguages();
  if (ui.screen === "start") waitForCard();
});
onShow("start", waitForCard);

$("btn-no-card").addEventListener("click", () => toStaff("no-card"));
