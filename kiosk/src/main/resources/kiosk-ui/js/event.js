/* The life event (on the confirm screen): 転入, 転出, 転居, 出生, 死亡, 婚姻. A new one starts the questions afresh. */
import { ui, $ } from "./state.js";
import { api } from "./api.js";
import { setText, t, onLanguage } from "./i18n.js";
import { say } from "./screens.js";
import { routeCall } from "./route.js";

const EVENTS = ["move-in", "move-out", "move-within", "birth", "death", "marriage"];
const listeners = [];

/** Called with the event id when the resident chooses one (household defaults, metrics). */
export function onEventChosen(fn) {
  listeners.push(fn);
}

function render() {
  const list = $("event-list");
  list.innerHTML = "";
  EVENTS.forEach((id) => {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "choice";
    b.dataset.event = id;
    setText(b, "ev." + id);
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
