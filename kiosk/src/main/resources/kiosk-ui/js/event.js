/*
 * The life event (on the confirm screen): the town pack's events in its order (転入, 転出, 転居, 出生, 死亡, 婚姻 in the
 * sample), each asked with its "choice" text. A new one starts the questions afresh.
 */

/** The town pack's entry of a life event: {id, move?, deceasedMember, newborn}. */
export function lifeEventOf(id) {
  return LIFE_EVENTS.find((e) => e.id === id) || {};
}
import { ui, $ } from "./state.js";
import { api } from "./api.js";
import { setText, t, LIFE_EVENTS, onLanguage } from "./i18n.js";
import { say } from "./screens.js";
import { routeCall } from "./route.js";

const listeners = [];

/** Called with the event id when the resident chooses one (household defaults, metrics). */
export function onEventChosen(fn) {
  listeners.push(fn);
}

function render() {
  const list = $("event-list");
  list.innerHTML = "";
  LIFE_EVENTS.forEach((e) => {
    const id = e.id;
    const b = document.createElement("button");
    b.type = "button";
    b.className = "choice";
    b.dataset.event = id;
    setText(b, "lifeEvent." + id + ".choice");
    b.addEventListener("click", () => choose(id));
    list.appendChild(b);
  });
}

async function choose(id) {
  if (ui.busy) return;
  try {
    await api("PUT", "visit/life-event", { lifeEvent: id });
    ui.lifeEvent = id;
    listeners.forEach((fn) => fn(id));
    routeCall("GET", "visit/route");
  } catch (e) {
    say(t("lifeEventError"));
  }
}

render();
onLanguage(render);
