/*
 * Picking an address of the town without writing: its 町字 by kana row, the 丁目 as chips when the 町字 has
 * them, then 番 and 号 on a number pad (住居表示) or the 地番 (digits and "-"). The town's list is the
 * server's address master (GET /api/visit/town); the address screen (address.js) sends what is picked.
 */
import { ui, $ } from "./state.js";
import { html, t, escapeHtml } from "./i18n.js";
import { chip } from "./chips.js";

const KANA_ROWS = ["ア", "カ", "サ", "タ", "ナ", "ハ", "マ", "ヤ", "ラ", "ワ"];
let town = null;
let pick = {};

export function clearPick() {
  pick = {};
  $("machiaza-list").innerHTML = "";
  $("address-number").innerHTML = "";
}

export function clearNumbers() {
  pick.numbers = ["", ""];
  pick.part = 0;
  renderNumber();
}

/** Draws the picker for the town's list as it stands. */
export function renderPicker(townList) {
  town = townList;
  renderMachiaza();
  renderNumber();
}

function rerender() {
  renderMachiaza();
  renderNumber();
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

function renderMachiaza() {
  const list = $("machiaza-list");
  list.innerHTML = "";
  if (!town) return;
  const chosen = pick.entry;
  $("address-chosen").hidden = !chosen;
  if (chosen) {
    $("address-chosen").innerHTML = escapeHtml(town.name + chosen.name + (pick.chome ? pick.chome.name : ""));
    list.appendChild(chip(html("otherMachiaza"), () => { pick = {}; rerender(); }, { again: "machiaza" }));
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
      () => { pick = { entry: m, numbers: ["", ""], part: 0 }; rerender(); }, { machiaza: m.id })));
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
    entry.chome.forEach((c) => row.appendChild(chip(escapeHtml(c.name), () => { pick.chome = c; rerender(); }, { chome: String(c.number) })));
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

/** The address the page picked, as the move's newAddress. */
export function pickedAddress() {
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

