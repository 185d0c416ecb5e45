/*
 * The PIN pad, for every card reading: the resident's card, the My Number (a second entry), a family
 * member's card. The tries left are shown before the first digit; with one try left the kiosk never
 * verifies (the reader refuses too): the caller decides where the resident goes instead.
 */
import { ui, $, onForget } from "./state.js";
import { api } from "./api.js";
import { setText, plain, t, onLanguage } from "./i18n.js";
import { show } from "./screens.js";
import { touch } from "./activity.js";

let digits = [];
let config = null;

/**
 * config: {purpose: card | mynumber | member, path, triesLeft, otherKey, onOther(), onRead(answer),
 * onProblem(answer)}. onProblem gets every outcome other than a reading or a wrong PIN with tries to spare.
 */
export function openPin(c) {
  config = c;
  clear();
  $("pin-error").textContent = "";
  show("pin");
  renderTexts();
}

function renderTexts() {
  if (!config) return;
  renderDots();
  const purpose = $("pin-purpose");
  const key = { mynumber: "myNumberPin", member: "memberPin" }[config.purpose];
  purpose.hidden = !key;
  if (key) setText(purpose, key);
  if (config.triesLeft !== null && config.triesLeft !== undefined) setText($("pin-tries"), "triesLeft", config.triesLeft);
  else $("pin-tries").textContent = "";
  setText($("btn-pin-other"), config.otherKey);
}

function renderDots() {
  const dots = $("pin-dots");
  dots.innerHTML = "";
  for (let i = 0; i < 4; i++) {
    const d = document.createElement("span");
    d.className = "dot" + (i < digits.length ? " filled" : "");
    dots.appendChild(d);
  }
  dots.setAttribute("aria-label", plain(t("pinDots", digits.length)));
  $("keypad").setAttribute("aria-label", plain(t("keypad")));
}

function digit(d) {
  if (ui.screen !== "pin" || digits.length >= 4) return;
  digits.push(d);
  renderDots();
  touch();
}

function clear() {
  digits.fill("0");
  digits = [];
  renderDots();
}

async function submit() {
  if (ui.screen !== "pin" || ui.busy || !config) return;
  if (digits.length !== 4) { setText($("pin-error"), "pinIncomplete"); return; }
  const pin = digits.join("");
  clear();
  setText($("pin-error"), "reading");
  ui.busy = true;
  $("pin-ok").disabled = true;
  const now = config;
  try {
    const answer = await api("POST", now.path, { pin: pin });
    $("pin-error").textContent = "";
    if (answer.outcome === "read") {
      now.onRead(answer);
    } else if (answer.outcome === "wrong-pin" && answer.triesLeft > 1) {
      now.triesLeft = answer.triesLeft;
      setText($("pin-error"), "wrongPin", answer.triesLeft);
      setText($("pin-tries"), "triesLeft", answer.triesLeft);
    } else if (answer.outcome === "wrong-pin") {
      now.onProblem({ outcome: "one-try-left" });
    } else {
      now.onProblem(answer);
    }
  } catch (e) {
    setText($("pin-error"), "unexpected");
  } finally {
    ui.busy = false;
    $("pin-ok").disabled = false;
  }
}

document.querySelectorAll("[data-digit]").forEach((b) => b.addEventListener("click", () => digit(b.dataset.digit)));
$("pin-clear").addEventListener("click", () => { clear(); touch(); });
$("pin-ok").addEventListener("click", submit);
$("btn-pin-other").addEventListener("click", () => { clear(); touch(); if (config) config.onOther(); });
document.addEventListener("keydown", (e) => {
  if (ui.screen !== "pin" || e.target.closest("dialog")) return;
  if (/^[0-9]$/.test(e.key)) { digit(e.key); e.preventDefault(); }
  else if (e.key === "Backspace") { digits.pop(); renderDots(); e.preventDefault(); }
  else if (e.key === "Enter" && e.target.tagName !== "BUTTON") { submit(); e.preventDefault(); }
});
onLanguage(renderTexts);
onForget(() => { clear(); config = null; });
