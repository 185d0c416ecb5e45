/*
 * "Please take your card": a card left on the reader after the end (finish, start over, idle reset) must be
 * taken before the next resident can start, so that nobody lands on someone else's PIN screen. The kiosk
 * refuses to read that card meanwhile; the page shows this screen and chimes every few seconds (Web Audio:
 * no sound file, nothing to load) until the card is gone.
 */
import { ui, $ } from "./state.js";
import { show } from "./screens.js";

const CHIME_EVERY_MS = 4000;
let timer = null;
let audio = null;

export function takeCard() {
  if (ui.screen !== "take-card") show("take-card");
  if (!timer) {
    chime();
    timer = setInterval(chime, CHIME_EVERY_MS);
  }
}

/** The card is gone: the chime stops and the start screen waits for the next resident. */
export function cardTaken() {
  clearInterval(timer);
  timer = null;
  if (ui.screen === "take-card") show("start");
}

/** Two soft tones (E5, C5), as ticket machines and ATMs use to call attention to a card. */
function chime() {
  const screen = $("screen-take-card");
  screen.dataset.chimes = String(Number(screen.dataset.chimes || 0) + 1);
  try {
    audio = audio || new AudioContext();
    if (audio.state === "suspended") audio.resume();
    [[659.25, 0], [523.25, 0.35]].forEach(([frequency, delay]) => {
      const start = audio.currentTime + delay;
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.3, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.3);
      tone.connect(gain).connect(audio.destination);
      tone.start(start);
      tone.stop(start + 0.32);
    });
  } catch (e) {
    // No audio device: the screen still says it.
  }
}
