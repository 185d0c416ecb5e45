/*
 * The card's (or the home QR code's) data for the resident to confirm — 和暦 and 西暦, 〓 pointed out for staff —
 * and, on the same screen, the life event: choosing it says the data is right (one tap, not two); "wrong"
 * goes to staff. A home QR code brings its life event: then "right" goes on.
 */
import { ui, $, onForget } from "./state.js";
import { setText, plain, t, onLanguage } from "./i18n.js";
import { show } from "./screens.js";
import { toStaff } from "./help.js";
import { routeCall } from "./route.js";
import { touch } from "./activity.js";

export function showResident(resident) {
  ui.state = Object.assign({}, ui.state, { resident: resident });
  render();
  show("confirm");
}

function render() {
  const r = ui.state && ui.state.resident;
  const dl = $("resident");
  dl.innerHTML = "";
  if (!r) return;
  const row = (key, value) => {
    const dt = document.createElement("dt");
    setText(dt, key);
    const dd = document.createElement("dd");
    dd.textContent = value;
    dd.lang = "ja";
    dl.appendChild(dt);
    dl.appendChild(dd);
  };
  row("name", r.name);
  row("address", r.address);
  row("birthDate", r.birthDateWareki + "（" + r.birthDate.replace(/-/g, "/") + "）");
  row("sex", plain(t("sex" + r.sex)));
  $("resident-flags").hidden = !(r.textFlags && r.textFlags.length);
  const fromQr = r.cardType === "home-qr" && ui.state.lifeEvent;
  $("event-box").hidden = !!fromQr;
  $("btn-confirm").hidden = !fromQr;
}

// A home-prepared QR code brings its life event and answers: straight on to what is still open.
$("btn-confirm").addEventListener("click", () => {
  touch();
  ui.lifeEvent = ui.state.lifeEvent;
  routeCall("GET", "visit/route");
});
$("btn-data-wrong").addEventListener("click", () => toStaff("data-wrong"));
onLanguage(() => { if (ui.state && ui.state.resident) render(); });
onForget(() => { $("resident").innerHTML = ""; });
