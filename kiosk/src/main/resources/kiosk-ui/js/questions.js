/*
 * The server's questions, all on one screen for the household at once: a yes/no question is answered
 * "yes" or "no" with one tap, a choice question with one of its choices; every answer is sent at once and
 * the list follows the route (an answer can make later questions unnecessary or bring new ones). "Next"
 * answers "no" to the yes/no questions left untouched, as the screen says, one by one in their order, and
 * stops when that brings a question the resident has not seen yet.
 */
import { ui, $, onForget } from "./state.js";
import { setText, t, plain, local, questionHtml, escapeHtml, onLanguage } from "./i18n.js";
import { onShow, show } from "./screens.js";
import { fetchRoute, openQuestions, proceed } from "./route.js";
import { householdAsked } from "./household.js";
import { onEventChosen } from "./event.js";
import { touch } from "./activity.js";

/** Every question shown on this screen, in order, and the value sent for each. */
let shown = [];
const given = {};

function sync() {
  const open = openQuestions();
  const openIds = open.map((q) => q.id);
  // Keep what was answered here (to see and change it); drop what the route no longer asks.
  shown = shown.filter((q) => given[q.id] !== undefined || openIds.includes(q.id));
  open.forEach((q) => { if (!shown.some((s) => s.id === q.id)) shown.push(q); });
}

function render() {
  const list = $("question-list");
  list.innerHTML = "";
  shown.forEach((q) => {
    const li = document.createElement("li");
    li.className = "question";
    li.dataset.question = q.id;
    const text = document.createElement("p");
    text.className = "question-text";
    text.id = "q-" + q.id;
    text.innerHTML = questionHtml(q.text, q.rubyHtml);
    li.appendChild(text);
    if (q.help) {
      const help = document.createElement("p");
      help.className = "hint";
      help.innerHTML = questionHtml(q.help, q.helpRubyHtml);
      li.appendChild(help);
    }
    const choices = document.createElement("div");
    choices.className = "answer-choices";
    choices.setAttribute("role", "group");
    choices.setAttribute("aria-labelledby", text.id);
    (q.choices || []).forEach((c) => {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "choice";
      b.dataset.value = c.value;
      b.setAttribute("aria-pressed", String(given[q.id] === c.value));
      b.innerHTML = questionHtml(c.text, c.rubyHtml);
      b.addEventListener("click", () => answer(q, c.value));
      choices.appendChild(b);
    });
    li.appendChild(choices);
    list.appendChild(li);
  });
}

async function answer(q, value) {
  touch();
  $("questions-error").textContent = "";
  const route = await fetchRoute("PUT", "visit/answers/" + encodeURIComponent(q.id), { value: value });
  if (!route) return;
  given[q.id] = value;
  sync();
  render();
}

async function done() {
  touch();
  const error = $("questions-error");
  error.textContent = "";
  for (const q of shown.slice()) {
    if (given[q.id] !== undefined || !openQuestions().some((o) => o.id === q.id)) continue;
    if (q.type !== "yes-no") {
      error.innerHTML = escapeHtml(plain(t("chooseAnswer", undefined, plain(local(q.text)))));
      focusQuestion(q.id);
      return;
    }
    const before = shown.map((s) => s.id);
    const route = await fetchRoute("PUT", "visit/answers/" + encodeURIComponent(q.id), { value: "no" });
    if (!route) return;
    given[q.id] = "no";
    sync();
    const added = shown.filter((s) => !before.includes(s.id));
    if (added.length) {
      render();
      setText(error, "newQuestions");
      focusQuestion(added[0].id);
      return;
    }
  }
  sync();
  render();
  proceed();
}

/** Whether this visit showed the questions screen (the summary's "back" returns to it). */
export function questionsAsked() {
  return shown.length > 0;
}

function focusQuestion(id) {
  const first = document.querySelector("#question-list [data-question='" + id + "'] button");
  if (first) first.focus();
}

onShow("questions", () => { sync(); render(); $("questions-error").textContent = ""; });
onLanguage(() => { if (ui.screen === "questions") render(); });
$("btn-questions-done").addEventListener("click", done);
$("btn-questions-back").addEventListener("click", () => { touch(); show(householdAsked() ? "household" : "event"); });
function reset() {
  shown = [];
  Object.keys(given).forEach((k) => delete given[k]);
  $("question-list").innerHTML = "";
}

// A new life event starts the questions afresh (the kiosk drops the answers too).
onEventChosen(reset);
onForget(reset);
