/* A QR code made at home: typed by a keyboard-wedge scanner into the field, or seen by the camera. */
import { ui, $, onForget } from "./state.js";
import { api } from "./api.js";
import { setText, japanese } from "./i18n.js";
import { show, onLeave } from "./screens.js";
import { showResident } from "./confirm.js";
import { touch } from "./activity.js";
import { reservationScanned } from "./reservation.js";

let camera = null;

async function submit(e) {
  e.preventDefault();
  const text = $("qr-text").value;
  $("qr-text").value = "";
  $("qr-error").textContent = "";
  try {
    await answered(await api("POST", "qr/text", { text: text }));
  } catch (err) {
    setText($("qr-error"), err.status === 400 ? "qrBad" : "unexpected");
  }
}

// The kiosk's QrResource answers {status: "READ", ...} or {status: "REJECTED", reason, message}; a read
// code is in the session already (its resident, life event and answers), so the state tells the rest.
async function answered(answer) {
  $("qr-error").classList.add("error");
  if (answer && answer.status === "RESERVATION") {
    // The camera stops (it would read the same code again); the card or a home QR comes next.
    stopCamera();
    reservationScanned(answer.reservation, $("qr-error"));
  } else if (answer && answer.status === "READ") {
    stopCamera();
    ui.state = await api("GET", "state");
    showResident(ui.state.resident);
  } else if (answer && answer.reason !== "NOT_FOUND") {
    // The reader's own sentence says what is wrong (damaged, expired, another kind of code) in ja/en.
    const own = answer.message && (ui.lang === "en" ? answer.message.en : japanese() ? answer.message.ja : null);
    if (own) $("qr-error").textContent = own;
    else setText($("qr-error"), answer.reason === "EXPIRED" ? "qrExpired" : "qrBad");
  }
}

async function startCamera() {
  if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) { setText($("qr-error"), "qrNoCamera"); return; }
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
    const video = $("qr-video");
    video.srcObject = stream;
    await video.play();
    $("qr-camera").hidden = false;
    camera = { stream: stream, timer: setInterval(sendFrame, 700) };
  } catch (e) {
    setText($("qr-error"), "qrNoCamera");
  }
}

async function sendFrame() {
  const video = $("qr-video");
  if (!camera || !video.videoWidth) return;
  const canvas = document.createElement("canvas");
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  canvas.getContext("2d").drawImage(video, 0, 0);
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
  if (!blob || !camera) return;
  try {
    const response = await fetch("/api/qr/image", { method: "POST", headers: { "Content-Type": "image/png", "Accept": "application/json" }, body: blob, cache: "no-store" });
    if (response.ok) {
      const answer = await response.json();
      if (answer.reason !== "NOT_FOUND") await answered(answer);
    }
  } catch (e) { /* next frame */ }
}

function stopCamera() {
  if (!camera) return;
  clearInterval(camera.timer);
  camera.stream.getTracks().forEach((track) => track.stop());
  camera = null;
  $("qr-camera").hidden = true;
}

$("btn-qr").addEventListener("click", () => { touch(); show("qr"); $("qr-text").focus(); });
$("btn-qr-back").addEventListener("click", () => { touch(); show("start"); });
$("btn-camera").addEventListener("click", () => { touch(); startCamera(); });
$("qr-form").addEventListener("submit", submit);
onLeave("qr", stopCamera);
onForget(stopCamera);
