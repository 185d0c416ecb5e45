/*
 * The day of a death (死亡日) by one tap, before the household: the forms print it (the deceased's 死亡日, e.g. on
 * 葬祭費の支給申請書). Asked for every life event the town pack marks "deceasedMember". The 死亡届 comes within
 * 7 days (戸籍法 §86), the other procedures later, so the chips show the last 14 days and "another day" opens the
 * date pad back to a year (the server keeps an event's date within a year). "I don't know" leaves it to the clerk.
 */
import { ui, $, onForget } from "./state.js";
import { api } from "./api.js";
import { html, setText, onLanguage } from "./i18n.js";
import { onShow, show } from "./screens.js";
import { stepBeforeHousehold, proceed } from "./route.js";
import { onEventChosen, lifeEventOf } from "./event.js";
import { recentDates, birthDatePad, today } from "./date-pad.js";
import { touch } from "./activity.js";
import { chip } from "./chips.js";

const RECENT_DAYS = 14;
let done = false;
let asked = false;

export function eventDateAsked() {
  return asked;
}

function wanted() {
  return !!lifeEventOf(ui.lifeEvent).deceasedMember && !done;
}

async function choose(date) {
  const error = $("event-date-error");
  error.textContent = "";
  try {
    await api("PUT", "visit/event-date", { date: date });
    done = true;
    proceed();
  } catch (e) {
    setText(error, e.status === 400 ? "chooseDeathDate" : "serverDownAsking");
  }
}

function render() {
  $("event-date-pad").innerHTML = "";
  recentDates($("event-dates"), choose, RECENT_DAYS, 0, null);
  const aYearAgo = new Date(today().getTime());
  aYearAgo.setUTCFullYear(aYearAgo.getUTCFullYear() - 1);
  $("event-dates").firstChild.appendChild(chip(html("otherDate"),
    () => birthDatePad($("event-date-pad"), choose, today(), aYearAgo), { date: "other" }));
}

/** Not known now: the counter asks the day; the route goes on. */
function atCounter() {
  touch();
  done = true;
  proceed();
}

function reset() {
  done = false;
  asked = false;
  $("event-dates").innerHTML = "";
  $("event-date-pad").innerHTML = "";
  $("event-date-error").textContent = "";
}

stepBeforeHousehold("event-date", wanted);
onShow("event-date", () => { asked = true; render(); });
onLanguage(() => { if (ui.screen === "event-date") render(); });
onEventChosen(reset);
onForget(reset);
$("btn-event-date-staff").addEventListener("click", atCounter);
$("btn-event-date-back").addEventListener("click", () => { touch(); show("confirm"); });
