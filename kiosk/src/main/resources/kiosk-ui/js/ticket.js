/*
 * The ticket: number, date and time, the phone's status QR code, the route and what to bring. It is printed
 * as soon as it is shown (a kiosk browser started with --kiosk-printing prints without a dialog; print.css
 * fits it on one 80 mm receipt, or on A4); "print again" reprints it.
 */
import { ui, $, onForget } from "./state.js";
import { setText, langTag, onLanguage } from "./i18n.js";
import { show } from "./screens.js";
import { fillRoute } from "./route-view.js";
import { touch } from "./activity.js";

let ticket = null;

/** {number, statusQr?, help?: the help reason's key (a ticket to the staff desk)} */
export function showTicket(t) {
  ticket = Object.assign({ at: new Date() }, t);
  render();
  show("ticket");
  window.print();
}

function render() {
  if (!ticket) return;
  $("ticket-number").textContent = ticket.number;
  let time;
  try {
    time = new Intl.DateTimeFormat(langTag() === "ja" ? "ja-JP" : langTag(), { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Tokyo" }).format(ticket.at);
  } catch (e) {
    time = ticket.at.toLocaleString("ja-JP", { timeZone: "Asia/Tokyo" });
  }
  $("ticket-time").textContent = time;
  const help = $("ticket-help");
  help.hidden = !ticket.help;
  if (ticket.help) setText(help, "helpTicketNote");
  // The caption says what the code is for; the image itself adds nothing a screen reader could say.
  $("ticket-status").hidden = !ticket.statusQr;
  if (ticket.statusQr) $("ticket-qr").src = ticket.statusQr;
  const route = !ticket.help && ((ui.state && ui.state.route) || ui.route);
  $("ticket-route-box").hidden = !route;
  if (route) fillRoute($("ticket-route"), $("ticket-bring"), route);
}

onLanguage(render);
$("btn-print").addEventListener("click", () => { touch(); window.print(); });
onForget(() => {
  ticket = null;
  $("ticket-number").textContent = "";
  $("ticket-status").hidden = true;
  $("ticket-help").hidden = true;
  $("ticket-qr").src = "data:,";
  ["ticket-route", "ticket-bring"].forEach((id) => { $(id).innerHTML = ""; });
});
