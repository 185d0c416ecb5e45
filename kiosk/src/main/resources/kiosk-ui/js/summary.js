/*
 * The last screen before the ticket: the questions still open (questions.js), the procedures and what to
 * bring as the answers stand, and the My Number box when a needed procedure's form prints it: read it with a
 * second PIN entry, or leave it for the counter (the check-in does not wait for it).
 */
import { ui, $, onForget } from "./state.js";
import { api } from "./api.js";
import { setText, html, t, catalogHtml, escapeHtml, japanese, onLanguage } from "./i18n.js";
import { onShow, show, say } from "./screens.js";
import { fillRoute } from "./route-view.js";
import { openPin } from "./pin.js";
import { onRoute } from "./route.js";
import { renderQuestions } from "./questions.js";
import { householdAsked } from "./household.js";
import { addressAsked } from "./address.js";
import { messageKey } from "./start.js";
import { touch } from "./activity.js";

let myNumberSkipped = false;

function render() {
  if (!ui.route || !ui.route.items) return;
  fillRoute($("summary-route"), $("summary-bring"), ui.route);
  const forms = ui.route.myNumberForms || [];
  const box = $("mynumber-box");
  box.hidden = forms.length === 0;
  if (!forms.length) return;
  const names = (ui.route.items || []).filter((i) => i.certainty === "needed" && (i.forms || []).some((f) => forms.indexOf(f) >= 0))
    .map((i) => catalogHtml(i.name)).join(japanese() ? "、" : ", ");
  $("mynumber-why").innerHTML = html("myNumberWhy").replace("%s", () => names);
  const masked = ui.state && ui.state.myNumberMasked;
  // Only a My Number Card on the reader can give the number; a QR code or a licence cannot.
  const card = ui.state && ui.state.resident && ui.state.resident.cardType === "mynumber";
  const read = $("mynumber-read");
  $("mynumber-actions").hidden = !card || !!masked || myNumberSkipped;
  read.hidden = !(masked || myNumberSkipped || !card);
  if (masked) read.innerHTML = html("myNumberReadAs").replace("%s", escapeHtml(masked));
  else setText(read, "myNumberSkipped");
}

async function startMyNumber() {
  try {
    const answer = await api("GET", "card/tries");
    if (answer.outcome === "tries-left") openMyNumberPin(answer.triesLeft);
    else myNumberProblem(answer);
  } catch (e) {
    say(t("unexpected"));
  }
}

function openMyNumberPin(triesLeft) {
  openPin({
    purpose: "mynumber",
    path: "card/my-number",
    triesLeft: triesLeft,
    otherKey: "myNumberSkip",
    onOther: skip,
    onRead: (answer) => {
      ui.state = Object.assign({}, ui.state, { myNumberMasked: answer.resident.myNumberMasked });
      show("summary");
      say(t("myNumberDone"));
    },
    onProblem: myNumberProblem
  });
}

/** The number is a convenience: whatever goes wrong, the resident goes on and tells the counter. */
function myNumberProblem(answer) {
  myNumberSkipped = true;
  show("summary");
  say(t(messageKey(answer.outcome)) + " " + t("myNumberSkipped"));
}

function skip() {
  myNumberSkipped = true;
  show("summary");
  say(t("myNumberSkipped"));
}

onShow("summary", () => { renderQuestions(); render(); });
onLanguage(() => { if (ui.route) render(); });
onRoute(() => { if (ui.screen === "summary") render(); });
$("btn-mynumber").addEventListener("click", () => { touch(); startMyNumber(); });
$("btn-mynumber-skip").addEventListener("click", () => { touch(); myNumberSkipped = true; render(); say(t("myNumberSkipped")); });
$("btn-summary-back").addEventListener("click", () => {
  touch();
  show(householdAsked() ? "household" : addressAsked() ? "address" : "confirm");
});
onForget(() => {
  myNumberSkipped = false;
  ["summary-route", "summary-bring"].forEach((id) => { $(id).innerHTML = ""; });
});
