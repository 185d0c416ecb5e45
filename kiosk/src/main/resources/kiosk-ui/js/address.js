/*
 * A move's new address and date without writing (issue 13): the town's 町字 from its address master (the
 * server's list, by kana), the 丁目 when the 町字 has them, then 番 and 号 on a keypad (住居表示) or the 地番
 * (digits and "-"), and the day of the move as one tap on the last days. The kiosk checks the address with
 * the server's master (PUT /api/visit/move) and shows it as the forms will print it. A move-out asks only
 * the day (the new address lies elsewhere; the counter asks it). The card's address becomes 前住所.
 */
import { ui, $, onForget } from "./state.js";
import { api } from "./api.js";
import { setText, html, t, onLanguage } from "./i18n.js";
import { onShow, show, say } from "./screens.js";
import { stepBeforeHousehold, proceed } from "./route.js";
import { onEventChosen, lifeEventOf } from "./event.js";
import { recentDates, birthDatePad, today } from "./date-pad.js";
import { renderPicker, pickedAddress, clearNumbers, clearPick } from "./address-picker.js";
import { touch } from "./activity.js";
import { chip } from "./chips.js";

/**
 * What a move asks, by the town pack's "move" attribute of the life event: moving in or within the town, the
 * new address here and the day it happened (届出 within 14 days after, 住民基本台帳法 §22–23); moving out, only
 * the day (the 転出届 may come up to 14 days before, or after).
 */
const MOVES = {
  "in": { address: true, back: 14, ahead: 0 },
  "within": { address: true, back: 14, ahead: 0 },
  "out": { address: false, back: 14, ahead: 14 }
};

let town = null;
let date = null;
let done = false;
let asked = false;

function move() {
  return MOVES[lifeEventOf(ui.lifeEvent).move];
}

export function addressAsked() {
  return asked;
}

/** The town's 町字; null with a message when the server is away, or when this kiosk program has no address master. */
async function loadTown() {
  if (town) return town;
  try {
    town = await api("GET", "visit/town");
  } catch (e) {
    if (e.status === 404) return null;
    setText($("address-error"), "serverDownAsking");
  }
  return town;
}

function renderDates() {
  const m = move();
  if (!m) return;
  setText($("h-move-date"), m.address ? "moveDate" : "moveOutDate");
  recentDates($("move-dates"), (value) => { date = value; $("move-date-pad").innerHTML = ""; renderDates(); }, m.back, m.ahead, date);
  const other = chip(html("otherDate"), () => birthDatePad($("move-date-pad"), (value) => { date = value; $("move-date-pad").innerHTML = ""; renderDates(); },
    new Date(today().getTime() + m.ahead * 86400000)), { date: "other" });
  $("move-dates").firstChild.appendChild(other);
}

function renderAddress() {
  const m = move();
  $("address-part").hidden = !(m && m.address);
  setText($("h-address"), m && m.address ? "addressTitle" : "moveOutTitle");
  renderPicker(town);
  renderDates();
}

async function next() {
  touch();
  const m = move();
  const error = $("address-error");
  error.textContent = "";
  const address = m.address ? pickedAddress() : null;
  if (m.address && !address) { setText(error, "addressIncomplete"); return; }
  if (!date) { setText(error, "chooseMoveDate"); return; }
  const body = address ? { date: date, newAddress: address } : { date: date };
  try {
    const answer = await api("PUT", "visit/move", body);
    if (answer.outcome === "accepted") {
      done = true;
      const text = answer.move && answer.move.newAddress && answer.move.newAddress.text;
      proceed();
      if (text) say(t("addressAccepted", undefined, text));
    } else if (answer.outcome === "rejected") {
      // The server's own sentence (Japanese) names what is wrong with the address: the 番, the 号, ...
      error.textContent = answer.error;
      if (answer.field && /block|residence|chiban/.test(answer.field)) clearNumbers();
    } else {
      setText(error, "serverDownAsking");
    }
  } catch (e) {
    setText(error, e.status === 400 ? "addressIncomplete" : "serverDownAsking");
  }
}

/** Not known now: the counter asks the address and the day; the route goes on. */
function atCounter() {
  touch();
  done = true;
  proceed();
}

function reset() {
  clearPick();
  date = null;
  done = false;
  asked = false;
  $("machiaza-list").innerHTML = "";
  $("address-number").innerHTML = "";
  $("move-date-pad").innerHTML = "";
  $("address-error").textContent = "";
}

stepBeforeHousehold("address", () => !!move() && !done);
onShow("address", async () => {
  asked = true;
  // A kiosk program without the move's API (older than this page) goes on: the counter asks the address.
  if (move().address && !(await loadTown()) && !$("address-error").textContent) { atCounter(); return; }
  renderAddress();
});
onLanguage(() => { if (ui.screen === "address") renderAddress(); });
onEventChosen(reset);
onForget(reset);
$("btn-address-done").addEventListener("click", next);
$("btn-address-staff").addEventListener("click", atCounter);
$("btn-address-back").addEventListener("click", () => { touch(); show("confirm"); });
