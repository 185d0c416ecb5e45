// Calls on the board: a chime, then the ticket and the counter spoken in Japanese and English with the Web
// Speech API where the browser has a Japanese voice, and always the call large on the screen. Whether a
// Japanese voice exists is detected, not assumed (headless Chromium and many kiosk PCs have none): the
// result is in body[data-voice] ("ja" or "none") and in the footer, so staff see how the board calls.
import { japanese, english } from '/board/call-words.js';
import * as chime from '/board/chime.js';

const SHOW_MS = 8000;
let voices = { ja: null, en: null };
let overlayTimer;

function pickVoices() {
  const all = 'speechSynthesis' in window ? window.speechSynthesis.getVoices() : [];
  voices = {
    ja: all.find(v => /^ja(-|_|$)/i.test(v.lang)) || null,
    en: all.find(v => /^en(-|_|$)/i.test(v.lang)) || null,
  };
  document.body.dataset.voice = voices.ja ? 'ja' : 'none';
  document.getElementById('voice').textContent = voices.ja
    ? '音声でお呼びします。 Calls are announced.'
    : '番号は画面とチャイムでお知らせします。 Numbers are shown with a chime.';
}

/** Voices load late in some browsers: detect now and again when the list changes. */
export function detectVoices() {
  pickVoices();
  if ('speechSynthesis' in window) {
    window.speechSynthesis.addEventListener?.('voiceschanged', pickVoices);
  }
}

function speak(text, voice) {
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  window.speechSynthesis.speak(utterance);
}

function showOnScreen(call) {
  const overlay = document.getElementById('call');
  overlay.querySelector('.call-ticket').textContent = call.ticketNumber;
  overlay.querySelector('.call-counter').textContent = `${call.counter}へ`;
  overlay.hidden = false;
  clearTimeout(overlayTimer);
  overlayTimer = setTimeout(() => { overlay.hidden = true; }, SHOW_MS);
}

/** One call (a recall is a new call and is announced again). */
export function announce(call) {
  chime.play();
  showOnScreen(call);
  if (voices.ja) {
    speak(japanese(call.ticketNumber, call.counter), voices.ja);
    if (voices.en) speak(english(call.ticketNumber, call.counter), voices.en);
  }
}

/** The board's one-time tap that lets the browser make sound (not needed with the kiosk's autoplay flag). */
export function unlockOnTap(button) {
  button.addEventListener('click', () => {
    chime.unlock();
    button.hidden = true;
  });
}
