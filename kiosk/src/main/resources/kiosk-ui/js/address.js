/*
 * A move's new address and date without writing (issue 13): the town's 町字 from its address master (the
 * server's list, by kana), the 丁目 when the 町字 has them, then 番 and 号 on a keypad (住居表示) or the 地番
 * (digits and "-"), and the day of the move as one tap on the last days. The kiosk checks the address with
 * the server's master (PUT /api/visit/move) and shows it as the forms will print it. A move-out asks only
 * the day (the new address lies elsewhere; the counter asks it). The card's address becomes 前住所.
 */
import { ui, $, onForget } from "./state.js";
import { api } from "./api.js";
import { setText, html, t, escapeHtml, japanese, onLanguage } from "./i18n.js";
import { onShow, show, say } from "./screens.js";
import { stepBeforeHousehold, proceed } from "./route.js";
import { onEventChosen, lifeEventOf } from "./event.js";
import { recentDates, birthDatePad, today } from "./date-pad.js";
import { touch } from "./activity.js";

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
const KANA_ROWS = ["ア", "カ", "サ", "タ", "ナ", "ハ", "マ", "ヤ", "ラ", "ワ"];

let town = null;
let pick = {};
let date = null;
let done = false;
let asked = false;

function move() {
  return MOVES[lifeEventOf(ui.lifeEvent).move];
}

export function addressAsked() {
  return asked;
}

/** The kana row of a reading (サンチョウメ → サ). */
function rowOf(kana) {
  const first = (kana || "").normalize("NFKC").charAt(0);
  const order = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";
  const voiced = { ガ: "カ", ギ: "キ", グ: "ク", ゲ: "ケ", ゴ: "コ", ザ: "サ", ジ: "シ", ズ: "ス", ゼ: "セ", ゾ: "ソ",
    ダ: "タ", ヂ: "チ", ヅ: "ツ", デ: "テ", ド: "ト", バ: "ハ", ビ: "ヒ", ブ: "フ", ベ: "ヘ", ボ: "ホ",
    パ: "ハ", ピ: "ヒ", プ: "フ", ペ: "ヘ", ポ: "ホ" };
  const i = order.indexOf(voiced[first] || first);
  return i < 0 ? "ワ" : KANA_ROWS[Math.min(9, Math.floor(i / 5))];
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

function chip(label, onClick, data) {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "choice small";
  b.innerHTML = label;
  Object.entries(data || {}).forEach(([k, v]) => { b.dataset[k] = v; });
  b.addEventListener("click", () => { touch(); onClick(); });
  return b;
}

function renderMachiaza() {
  const list = $("machiaza-list");
  list.innerHTML = "";
  if (!town) return;
  const chosen = pick.entry;
  $("address-chosen").hidden = !chosen;
  if (chosen) {
    $("address-chosen").innerHTML = escapeHtml(town.name + chosen.name + (pick.chome ? pick.chome.name : ""));
    list.appendChild(chip(html("otherMachiaza"), () => { pick = {}; renderAddress(); }, { again: "machiaza" }));
    return;
  }
  const byRow = {};
  town.machiaza.slice().sort((a, b) => (a.kana || "").localeCompare(b.kana || "", "ja"))
    .forEach((m) => { (byRow[rowOf(m.kana)] = byRow[rowOf(m.kana)] || []).push(m); });
  KANA_ROWS.filter((r) => byRow[r]).forEach((r) => {
    const group = document.createElement("div");
    group.className = "kana-row";
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", r);
    const head = document.createElement("p");
    head.className = "kana-head";
    head.textContent = r;
    head.setAttribute("aria-hidden", "true");
    group.appendChild(head);
    byRow[r].forEach((m) => group.appendChild(chip(escapeHtml(m.name) + (ui.lang === "easy" && m.kana ? "<br><small>" + escapeHtml(m.kana) + "</small>" : ""),
      () => { pick = { entry: m, numbers: ["", ""], part: 0 }; renderAddress(); }, { machiaza: m.id })));
    list.appendChild(group);
  });
}

/** The 丁目 of the chosen 町字, or the keypad for 番・号 (住居表示) or the 地番. */
function renderNumber() {
  const box = $("address-number");
  const entry = pick.entry;
  box.hidden = !entry;
  box.innerHTML = "";
  if (!entry) return;
  if (entry.chome && entry.chome.length && !pick.chome) {
    const row = document.createElement("div");
    row.className = "chip-row";
    row.setAttribute("role", "group");
    row.setAttribute("aria-label", t("chome"));
    entry.chome.forEach((c) => row.appendChild(chip(escapeHtml(c.name), () => { pick.chome = c; renderAddress(); }, { chome: String(c.number) })));
    box.appendChild(row);
    return;
  }
  const residential = (pick.chome || entry).residential;
  const shown = document.createElement("p");
  shown.className = "number-shown";
  shown.setAttribute("aria-live", "polite");
  shown.innerHTML = residential
    ? "<span class=\"" + (pick.part === 0 ? "active" : "") + "\">" + (pick.numbers[0] || "＿") + "</span> " + html("block")
      + " <span class=\"" + (pick.part === 1 ? "active" : "") + "\">" + (pick.numbers[1] || "＿") + "</span> " + html("residence")
    : html("chiban") + " <span class=\"active\">" + (pick.numbers[0] || "＿") + "</span>";
  box.appendChild(shown);
  const pad = document.createElement("div");
  pad.className = "keypad number-keys";
  pad.setAttribute("role", "group");
  pad.setAttribute("aria-label", t(residential ? "blockAndResidence" : "chiban"));
  ["1", "2", "3", "4", "5", "6", "7", "8", "9"].forEach((d) => pad.appendChild(numberKey(d, () => type(d), { digit: d })));
  pad.appendChild(numberKey("←", () => erase(), { digit: "back" }));
  pad.appendChild(numberKey("0", () => type("0"), { digit: "0" }));
  if (residential) pad.appendChild(numberKey(html("nextToResidence"), () => { if (pick.numbers[0]) { pick.part = 1; renderNumber(); } }, { digit: "next" }));
  else pad.appendChild(numberKey("-", () => type("-"), { digit: "dash" }));
  box.appendChild(pad);
}

function numberKey(label, onClick, data) {
  const b = chip(label, onClick, data);
  b.className = "key";
  return b;
}

function type(d) {
  const i = pick.part;
  const next = pick.numbers[i] + d;
  if (next.length > 8 || (d === "-" && (!pick.numbers[i] || pick.numbers[i].endsWith("-"))) || next === "0") return;
  pick.numbers[i] = next;
  renderNumber();
}

function erase() {
  if (!pick.numbers[pick.part] && pick.part === 1) pick.part = 0;
  pick.numbers[pick.part] = pick.numbers[pick.part].slice(0, -1);
  renderNumber();
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
  renderMachiaza();
  renderNumber();
  renderDates();
}

/** The address the page picked, as the move's newAddress. */
function newAddress() {
  const entry = pick.entry;
  if (!entry) return null;
  const place = pick.chome || entry;
  if (entry.chome && entry.chome.length && !pick.chome) return null;
  if (place.residential) {
    if (!pick.numbers[0] || !pick.numbers[1]) return null;
    return { machiazaId: place.id, block: Number(pick.numbers[0]), residence: Number(pick.numbers[1]) };
  }
  return pick.numbers[0] ? { machiazaId: place.id, chiban: pick.numbers[0] } : null;
}

async function next() {
  touch();
  const m = move();
  const error = $("address-error");
  error.textContent = "";
  const address = m.address ? newAddress() : null;
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
      if (answer.field && /block|residence|chiban/.test(answer.field)) { pick.numbers = ["", ""]; pick.part = 0; renderNumber(); }
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
  pick = {};
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
