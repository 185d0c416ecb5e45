/*
 * What the page holds while a resident uses the kiosk. Everything read from the card lives in the kiosk
 * program's memory (local API under /api) and is wiped there; the page keeps only what it shows, in memory,
 * and drops it in forget(). No localStorage, sessionStorage or cookies; every answer is no-store.
 */
export const ui = {
  /** The resident's language: ja, easy (やさしい日本語), en, zh, ko, vi, pt. */
  lang: "ja",
  screen: "start",
  /** The kiosk's last GET /api/state. */
  state: null,
  /** The kiosk session's generation the page is showing; a change means the kiosk forgot everything. */
  generation: null,
  /** The last route (next and open questions, procedures, departments). */
  route: null,
  lifeEvent: null,
  /** A call that changes the session is under way: taps meanwhile are ignored. */
  busy: false
};

const forgetters = [];

/** Registers what a module must drop when the resident's session ends. */
export function onForget(fn) {
  forgetters.push(fn);
}

/** Drops everything the page shows about the resident. */
export function forget() {
  ui.route = null;
  ui.lifeEvent = null;
  ui.busy = false;
  forgetters.forEach((fn) => fn());
}

export const $ = (id) => document.getElementById(id);
