/*
 * 来庁予約 at the card kiosk (issue 18): a reservation's QR read on the QR screen is kept by the kiosk program
 * and goes with the check-in, where the server decides; a refusal comes back with the server's sentence and
 * the resident can go on without the reservation.
 */
import { api } from "./api.js";
import { setText } from "./i18n.js";
import { touch } from "./activity.js";
import { onForget } from "./state.js";

/** The kiosk's answer {code, state, from, to, …} for a scanned reservation, worded in {@code el}. */
export function reservationScanned(reservation, el) {
  const ok = reservation.state === "BOOKED" || reservation.state === "UNCHECKED";
  el.classList.toggle("error", !ok);
  if (reservation.state === "UNKNOWN") setText(el, "reservationUnknown");
  else if (reservation.state === "USED" || reservation.state === "CANCELLED") setText(el, "reservationEnded");
  else setText(el, "reservationFound", undefined,
    reservation.from ? reservation.from + "–" + reservation.to : reservation.code);
}

/**
 * The server refused the reservation ({@code error}: its ja/en sentence) on the check-in screen: show it with
 * a button that drops the reservation and checks in again ({@code retry}).
 */
export function offerWithoutReservation(error, retry) {
  const screen = document.getElementById("screen-checkin");
  let box = document.getElementById("reservation-refused");
  if (!box) {
    box = document.createElement("div");
    box.id = "reservation-refused";
    box.innerHTML = '<p class="warning" role="alert"></p><button type="button" class="primary"></button>';
    screen.querySelector("h1").after(box);
    box.querySelector("button").addEventListener("click", async () => {
      touch();
      box.hidden = true;
      await api("POST", "reservation/drop");
      retry();
    });
  }
  box.querySelector("p").textContent = error;
  setText(box.querySelector("button"), "withoutReservation");
  box.hidden = false;
  box.querySelector("button").focus();
}

onForget(() => {
  const box = document.getElementById("reservation-refused");
  if (box) box.hidden = true;
});
