/*
 * Dates by taps, without writing and without drop-downs: a birth date as era + year on a keypad, then the
 * month and the day (in Japanese the year is the 和暦 the resident knows, 昭和62年; in other languages the
 * western year); a recent date (a birth, a death, a move) as one tap on the last days.
 */
import { html, plain, t, japanese, langTag } from "./i18n.js";
import { touch } from "./activity.js";

/** The eras a living resident may be born in, from the newest; {start: first day, end: last day}. */
const ERAS = [
  { id: "reiwa", name: "令和", reading: "れいわ", start: "2019-05-01" },
  { id: "heisei", name: "平成", reading: "へいせい", start: "1989-01-08", end: "2019-04-30" },
  { id: "showa", name: "昭和", reading: "しょうわ", start: "1926-12-25", end: "1989-01-07" },
  { id: "taisho", name: "大正", reading: "たいしょう", start: "1912-07-30", end: "1926-12-24" }
];

const iso = (d) => d.toISOString().slice(0, 10);
const utc = (y, m, day) => new Date(Date.UTC(y, m - 1, day));

/**
 * Today in Japan, whatever zone the kiosk PC is set to (a PC left on UTC is still on yesterday until 9:00 JST,
 * and would offer yesterday as 「きょう」 at the 8:30 opening); the kiosk's Java checks against the same day.
 */
export function today() {
  const [y, m, d] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo", year: "numeric", month: "2-digit",
    day: "2-digit" }).format(new Date()).split("-").map(Number);
  return utc(y, m, d);
}

/** A date as the resident reads it: 令和8年12月5日（2026/12/05） in Japanese, the locale's long date otherwise. */
export function dateText(isoDate) {
  const [y, m, d] = isoDate.split("-").map(Number);
  if (!japanese()) {
    return new Intl.DateTimeFormat(langTag(), { dateStyle: "long", timeZone: "UTC" }).format(utc(y, m, d));
  }
  const era = ERAS.find((e) => isoDate >= e.start);
  if (!era) return isoDate.replace(/-/g, "/");
  const year = y - Number(era.start.slice(0, 4)) + 1;
  return era.name + (year === 1 ? "元" : year) + "年" + m + "月" + d + "日（" + isoDate.replace(/-/g, "/") + "）";
}

/**
 * A birth date pad in `container`; `onDate(iso)` when the day is tapped. Stages: era (Japanese only), year
 * on a keypad, month chips, the days of that month. Dates after `max` (default today) or before `min` (default
 * 1873, the first year of the western calendar in Japan) cannot be chosen.
 */
export function birthDatePad(container, onDate, max, min) {
  const last = max || today();
  const earliest = min ? iso(min) : "1873-01-01";
  const pad = { era: null, year: "", done: false, month: null };
  const root = document.createElement("div");
  root.className = "date-pad";
  container.replaceChildren(root);

  function eraOf() {
    return ERAS.find((e) => e.id === pad.era);
  }

  /** The western year of what is typed, or null. */
  function westernYear() {
    if (!pad.year) return null;
    if (!japanese()) return Number(pad.year);
    return Number(eraOf().start.slice(0, 4)) + Number(pad.year) - 1;
  }

  function maxYearNumber() {
    if (!japanese()) return last.getUTCFullYear();
    const era = eraOf();
    const endYear = era.end ? Number(era.end.slice(0, 4)) : last.getUTCFullYear();
    return endYear - Number(era.start.slice(0, 4)) + 1;
  }

  function inRange(y, m, d) {
    const date = iso(utc(y, m, d));
    const era = japanese() ? eraOf() : null;
    return date <= iso(last) && date >= earliest && (!era || (date >= era.start && (!era.end || date <= era.end)));
  }

  function button(label, onClick, extra) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "choice" + (extra ? " " + extra : "");
    b.innerHTML = label;
    b.addEventListener("click", () => { touch(); onClick(); });
    return b;
  }

  function group(labelKey, className, children) {
    const g = document.createElement("div");
    g.className = className;
    g.setAttribute("role", "group");
    g.setAttribute("aria-label", plain(t(labelKey)));
    children.forEach((c) => g.appendChild(c));
    return g;
  }

  function shown() {
    const p = document.createElement("p");
    p.className = "date-shown";
    p.setAttribute("aria-live", "polite");
    const era = japanese() && pad.era ? eraOf().name : "";
    const year = pad.year || "__";
    p.textContent = japanese() ? era + " " + year + " 年 " + (pad.month || "__") + " 月"
      : year + " / " + (pad.month || "__");
    return p;
  }

  function render() {
    const parts = [];
    if (japanese()) {
      parts.push(group("era", "chip-row", ERAS.filter((e) => e.start <= iso(last) && (!e.end || e.end >= earliest)).map((e) => {
        const b = button(html("era." + e.id), () => { pad.era = e.id; pad.year = ""; pad.done = false; pad.month = null; render(); });
        b.dataset.era = e.id;
        b.setAttribute("aria-pressed", String(pad.era === e.id));
        return b;
      })));
    }
    if (!japanese() || pad.era) parts.push(shown());
    if ((!japanese() || pad.era) && pad.month === null && !yearDone()) parts.push(yearKeypad());
    if (yearDone() && pad.month === null) parts.push(monthChips());
    if (pad.month !== null) parts.push(dayGrid());
    root.replaceChildren(...parts);
  }

  function yearDone() {
    return pad.done === true;
  }

  function typeDigit(d) {
    const next = pad.year + d;
    if (Number(next) < 1 || Number(next) > maxYearNumber() || next.length > 4) return;
    pad.year = next;
    // No further digit can follow (令和: 8 is the most; 昭和6 could still become 60-64): the year is complete.
    if (Number(next) * 10 > maxYearNumber() || (!japanese() && next.length === 4)) pad.done = true;
    render();
  }

  function yearKeypad() {
    const keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9"].map((d) => {
      const b = button(d, () => typeDigit(d), "key");
      b.dataset.yearDigit = d;
      return b;
    });
    const first = japanese() ? button(html("eraFirstYear"), () => { pad.year = "1"; pad.done = true; render(); }, "key")
      : button("←", () => { pad.year = pad.year.slice(0, -1); render(); }, "key");
    if (japanese()) first.dataset.yearDigit = "first";
    const zero = button("0", () => typeDigit("0"), "key");
    zero.dataset.yearDigit = "0";
    const ok = button(html("yearOk"), () => { if (pad.year) { pad.done = true; render(); } }, "key primary");
    ok.dataset.yearDigit = "ok";
    return group("yearKeypad", "keypad date-keys", keys.concat([first, zero, ok]));
  }

  function monthChips() {
    const y = westernYear();
    const months = [];
    for (let m = 1; m <= 12; m++) {
      if (!inRange(y, m, 1) && !inRange(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate())) continue;
      const b = button(japanese() ? m + "月" : String(m), () => { pad.month = m; render(); }, "small");
      b.dataset.month = String(m);
      months.push(b);
    }
    return group("month", "chip-row months", months);
  }

  function dayGrid() {
    const y = westernYear();
    const days = new Date(Date.UTC(y, pad.month, 0)).getUTCDate();
    const cells = [];
    for (let d = 1; d <= days; d++) {
      if (!inRange(y, pad.month, d)) continue;
      const b = button(String(d), () => onDate(iso(utc(y, pad.month, d))), "small");
      b.dataset.day = String(d);
      cells.push(b);
    }
    const back = button(html("dateAgain"), () => { pad.month = null; pad.done = false; pad.year = ""; render(); }, "small secondary");
    return group("day", "chip-row days", cells.concat([back]));
  }

  render();
  return { render: render };
}

/**
 * One tap on a recent day: from `ahead` days ahead (for a move-out) to `back` days back, the latest first,
 * each labelled 今日, 昨日, 明日 or its date; `onDate(iso)`.
 */
export function recentDates(container, onDate, back, ahead, chosen) {
  const list = document.createElement("div");
  list.className = "chip-row recent-dates";
  const base = today();
  for (let daysBack = -ahead; daysBack <= back; daysBack++) {
    const day = new Date(base.getTime() - daysBack * 86400000);
    const value = iso(day);
    const b = document.createElement("button");
    b.type = "button";
    b.className = "choice small";
    b.dataset.date = value;
    b.setAttribute("aria-pressed", String(chosen === value));
    const label = daysBack === 0 ? html("today") : daysBack === 1 ? html("yesterday") : daysBack === -1 ? html("tomorrow") : "";
    const when = new Intl.DateTimeFormat(japanese() ? "ja-JP" : langTag(),
      { month: "short", day: "numeric", weekday: "short", timeZone: "UTC" }).format(day);
    b.innerHTML = (label ? label + "<br>" : "") + when;
    b.addEventListener("click", () => { touch(); onDate(value); });
    list.appendChild(b);
  }
  container.replaceChildren(list);
}
