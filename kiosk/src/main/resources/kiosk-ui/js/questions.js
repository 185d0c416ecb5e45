/*
 * The server's questions (the household apart), all at once on the summary screen for the household: a
 * yes/no question is answered "yes" or "no" with one tap, a choice question with one of its choices; each
 * answer is sent at once and the list and the route below follow it (an answer can make later questions
 * unnecessary or bring new ones). Checking in answers "no" to the yes/no questions left untouched, as the
 * screen says, one by one in their order, and stops when that brings a question the resident has not seen.
 */
import { $, onForget } from "./state.js";
import { setText, t, plain, local, questionHtml, escapeHtml, onLanguage } from "./i18n.js";
import { fetchRoute, openQuestions } from "./route.js";
import { onEventChosen } from "./event.js";
import { touch } from "./activity.js";

/** Every question shown, in order, and the value sent for each. */
let shown = [];
const given = {};

function sync() {
  const open = openQuestions();
  const openIds = open.map((q) => q.id);
  // Keep what was answered here (to see and change it); drop what the route no longer asks.
  shown = shown.filter((q) => given[q.id] !== undefined || openIds.includes(q.id));
  open.forEach((q) => { if (!shown.some((s) => s.id === q.id)) shown.push(q); });
}

/** Draws the questions on the summary screen (hidden when there are none). */
export function renderQuestions() {
  sync();
  $("questions").hidden = shown.length === 0;
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
  renderQuestions();
}

/**
 * Before the check-in: "no" to every yes/no question left untouched. False (with the reason on screen) when a
 * choice question is still open or a "no" brought a question the resident has not seen.
 */
export async function finishQuestions() {
  const error = $("questions-error");
  error.textContent = "";
  sync();
  for (const q of shown.slice()) {
    if (given[q.id] !== undefined || !openQuestions().some((o) => o.id === q.id)) continue;
    if (q.type !== "yes-no") {
      error.innerHTML = escapeHtml(plain(t("chooseAnswer", undefined, plain(local(q.text)))));
      focusQuestion(q.id);
      return false;
    }
    const before = shown.map((s) => s.id);
    const route = await fetchRoute("PUT", "visit/answers/" + encodeURIComponent(q.id), { value: "no" });
    if (!route) return false;
    given[q.id] = "no";
    sync();
    const added = shown.filter((s) => !before.includes(s.id));
    if (added.length) {
      renderQuestions();
      setText(error, "newQuestions");
      focusQuestion(added[0].id);
      return false;
    }
  }
  renderQuestions();
  return true;
}

function focusQuestion(id) {
  const first = document.querySelector("#question-list [data-question='" + id + "'] button");
  if (first) first.focus();
}

function reset() {
  shown = [];
  Object.keys(given).forEach((k) => delete given[k]);
  $("question-list").innerHTML = "";
  $("questions").hidden = true;
}

onLanguage(() => { if (shown.length) renderQuestions(); });
// A new life event starts the questions afresh (the kiosk drops the answers too).
onEventChosen(reset);
onForget(reset);
