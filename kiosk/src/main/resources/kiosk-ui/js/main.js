/*
 * The resident's kiosk page: ES modules by screen and concern, no framework, no build step. This module
 * loads them (each wires its own screen), the header's tools and the demo card panel, and starts.
 */
import { $, onForget } from "./state.js";
import { api } from "./api.js";
import { loadTexts } from "./i18n.js";
import { show } from "./screens.js";
import { touch } from "./activity.js";
import "./start.js";
import "./language.js";
import "./qr.js";
import "./pin.js";
import "./confirm.js";
import "./event.js";
import "./address.js";
import "./event-date.js";
import "./household.js";
import "./questions.js";
import "./summary.js";
import "./checkin.js";
import "./ticket.js";
import "./help.js";
import "./metrics.js";
import { startPolling } from "./session.js";
import { lookAtHours } from "./closed.js";

function toggle(buttonId, cssClass) {
  const b = $(buttonId);
  b.addEventListener("click", () => {
    const on = document.documentElement.classList.toggle(cssClass);
    b.setAttribute("aria-pressed", String(on));
    touch();
  });
}

toggle("btn-large", "large-text");
toggle("btn-contrast", "high-contrast");
$("demo-remove").addEventListener("click", () => api("POST", "demo/card/remove").catch(() => {}));
$("demo-insert").addEventListener("click", () => api("POST", "demo/card/insert").catch(() => {}));

// The texts come from the town pack through the kiosk program: until it has them, a bilingual notice.
while (!(await loadTexts())) {
  await new Promise((resolve) => setTimeout(resolve, 2000));
}
$("starting").hidden = true;
await lookAtHours();
show("start", false);
startPolling();
// After each resident the texts are looked at again (a town may have changed its pack meanwhile).
onForget(() => { loadTexts(); });
