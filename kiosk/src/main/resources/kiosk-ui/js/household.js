/*
 * The household question: who lives with the resident (relationship and birth date; "the person who died"
 * for a death), "I live alone", or "I don't know" (the household stays unknown and the clerk asks).
 */
import { ui, $, onForget } from "./state.js";
import { setText, html, plain, t, japanese, escapeHtml, questionHtml, onLanguage } from "./i18n.js";
import { onShow, show, say } from "./screens.js";
import { routeCall } from "./route.js";
import { touch } from "./activity.js";

const RELATIONSHIPS = ["spouse", "child", "parent", "grandchild", "other"];
let members = [];
let relationship = null;
/** The server's household question, kept for coming back to this screen after it was answered. */
let question = null;

function renderQuestion() {
  if (ui.route && ui.route.next && ui.route.next.type === "household") question = ui.route.next;
  if (question) $("h-household").innerHTML = questionHtml(question.text, question.rubyHtml);
  setText($("household-help"), "householdHelp");
}

function renderRelationships() {
  const list = $("relationship-list");
  list.innerHTML = "";
  RELATIONSHIPS.forEach((r) => {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "choice";
    b.dataset.relationship = r;
    b.setAttribute("aria-pressed", String(relationship === r));
    setText(b, "rel." + r);
    b.addEventListener("click", () => { relationship = r; renderRelationships(); touch(); });
    list.appendChild(b);
  });
}

function renderDateSelects() {
  const year = $("member-year"), month = $("member-month"), day = $("member-day");
  const keep = [year.value, month.value, day.value];
  const now = new Date().getFullYear();
  [year, month, day].forEach((select) => { select.innerHTML = ""; select.appendChild(option("", "—")); });
  for (let y = now; y >= now - 110; y--) year.appendChild(option(String(y), y + (japanese() ? "年（" + wareki(y) + "）" : "")));
  for (let m = 1; m <= 12; m++) month.appendChild(option(String(m), japanese() ? m + "月" : String(m)));
  for (let d = 1; d <= 31; d++) day.appendChild(option(String(d), japanese() ? d + "日" : String(d)));
  year.value = keep[0] || "";
  month.value = keep[1] || "";
  day.value = keep[2] || "";
}

/** The era of a year; a year in which the era changed shows both (1989: 昭和64年・平成元年). */
export function wareki(y) {
  const eras = [[2019, "令和"], [1989, "平成"], [1926, "昭和"], [1912, "大正"], [1868, "明治"]];
  const inEra = (start, name) => name + (y === start ? "元" : String(y - start + 1)) + "年";
  const i = eras.findIndex(([start]) => y >= start);
  if (i < 0) return "";
  const current = inEra(eras[i][0], eras[i][1]);
  return y === eras[i][0] && i + 1 < eras.length ? inEra(eras[i + 1][0], eras[i + 1][1]) + "・" + current : current;
}

function option(value, label) {
  const o = document.createElement("option");
  o.value = value;
  o.textContent = label;
  return o;
}

function renderMembers() {
  const list = $("household-list");
  list.innerHTML = "";
  members.forEach((m, i) => {
    const li = document.createElement("li");
    const label = document.createElement("span");
    label.innerHTML = html("rel." + m.relationship) + " — " + escapeHtml(m.birthDate.replace(/-/g, "/"))
      + (m.deceased ? " — " + html("deceasedShort") : "");
    const remove = document.createElement("button");
    remove.type = "button";
    remove.className = "secondary";
    remove.setAttribute("aria-label", plain(t("removeMember", i + 1)));
    setText(remove, "remove");
    remove.addEventListener("click", () => { members.splice(i, 1); renderMembers(); touch(); });
    li.appendChild(label);
    li.appendChild(remove);
    list.appendChild(li);
  });
  $("member-deceased-row").hidden = ui.lifeEvent !== "death";
  setText($("btn-household-done"), "householdDone", members.length);
}

function addMember() {
  const error = $("member-error");
  if (!relationship) { setText(error, "chooseRelationship"); return; }
  const y = Number($("member-year").value), m = Number($("member-month").value), d = Number($("member-day").value);
  if (!y || !m || !d) { setText(error, "chooseBirthDate"); return; }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date > new Date()) { setText(error, "badDate"); return; }
  const iso = y + "-" + String(m).padStart(2, "0") + "-" + String(d).padStart(2, "0");
  members.push({ relationship: relationship, birthDate: iso, deceased: $("member-deceased").checked });
  relationship = null;
  $("member-deceased").checked = false;
  ["member-year", "member-month", "member-day"].forEach((id) => { $(id).value = ""; });
  error.textContent = "";
  renderRelationships();
  renderMembers();
  say(t("memberAdded", members.length));
  touch();
}

function renderAll() {
  renderQuestion();
  renderRelationships();
  renderDateSelects();
  renderMembers();
}

$("btn-add-member").addEventListener("click", addMember);
$("btn-household-done").addEventListener("click", () => routeCall("PUT", "visit/household", { known: true, members: members }));
$("btn-alone").addEventListener("click", () => { members = []; routeCall("PUT", "visit/household", { known: true, members: [] }); });
$("btn-household-unknown").addEventListener("click", () => routeCall("PUT", "visit/household", { known: false }));
$("btn-household-back").addEventListener("click", () => { touch(); show("event"); });
onShow("household", renderAll);

/** Whether this visit asked the household (the questions screen's "back" returns here). */
export function householdAsked() {
  return question !== null;
}
onLanguage(renderAll);
onForget(() => { members = []; relationship = null; question = null; $("household-list").innerHTML = ""; });
