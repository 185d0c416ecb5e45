/*
 * The resident's kiosk page. It keeps no personal data of its own: everything read from the card lives
 * in the kiosk program's memory (local API under /api) and is wiped there; this page only shows it.
 * No localStorage, sessionStorage or cookies; every answer is no-store.
 */
"use strict";
(function () {
  const LANGS = window.KIOSK_LANGUAGES;
  const TEXTS = window.KIOSK_TEXTS;
  const EVENTS = ["move-in", "move-out", "move-within", "birth", "death", "marriage"];
  const POLL_MS = 1000;
  const RETRY_SECONDS = [5, 10, 20, 30];

  const ui = {
    lang: "ja",
    screen: "language",
    generation: null,
    pin: [],
    cardCheck: false,
    retryTimer: null,
    retryAt: 0,
    retries: 0,
    checkingIn: false,
    state: null
  };

  const $ = (id) => document.getElementById(id);

  // ---- texts -------------------------------------------------------------------------------------
  function raw(key) {
    const own = TEXTS[ui.lang] && TEXTS[ui.lang][key];
    if (own !== undefined) return own;
    if (TEXTS.en[key] !== undefined) return TEXTS.en[key];
    return TEXTS.ja[key] !== undefined ? TEXTS.ja[key] : key;
  }

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c]));
  }

  /** {漢字|かんじ} → <ruby> in やさしい日本語, plain 漢字 elsewhere; everything else escaped. */
  function markup(text, withRuby) {
    return escapeHtml(text).replace(/\{([^|{}]+)\|([^|{}]+)\}/g, (m, base, reading) =>
      withRuby ? "<ruby>" + base + "<rp>(</rp><rt>" + reading + "</rt><rp>)</rp></ruby>" : base);
  }

  function plain(text) {
    return String(text).replace(/\{([^|{}]+)\|([^|{}]+)\}/g, "$1");
  }

  function t(key, n) {
    const s = raw(key);
    return n === undefined ? s : s.replace(/%n/g, String(n));
  }

  function setText(el, key, n) {
    el.innerHTML = markup(t(key, n), ui.lang === "easy");
  }

  function langTag() {
    return (LANGS.find((l) => l.id === ui.lang) || LANGS[0]).tag;
  }

  function applyTexts() {
    document.documentElement.lang = langTag();
    document.title = plain(t("title")) + " — Kakanai";
    document.querySelectorAll("[data-t]").forEach((el) => setText(el, el.dataset.t));
    renderEvents();
    renderPin();
    if (ui.state && ui.state.resident) renderResident(ui.state.resident);
    if (ui.screen === "card") updateCardHint();
  }

  // ---- screens -----------------------------------------------------------------------------------
  function show(screen, focus) {
    ui.screen = screen;
    document.querySelectorAll(".screen").forEach((s) => { s.hidden = s.id !== "screen-" + screen; });
    if (focus !== false) {
      const heading = document.querySelector("#screen-" + screen + " h2");
      if (heading) heading.focus();
    }
    if (screen === "card") { updateCardHint(); checkCard(); }
  }

  function say(message) {
    const status = $("status");
    status.innerHTML = message ? markup(message, ui.lang === "easy") : "";
  }

  function toStaff(messageKey) {
    setText($("staff-message"), messageKey);
    show("staff");
  }

  // ---- API ---------------------------------------------------------------------------------------
  async function api(method, path, body) {
    const init = { method: method, headers: { "Accept": "application/json" }, cache: "no-store", credentials: "omit" };
    if (body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    const response = await fetch("/api/" + path, init);
    const text = await response.text();
    const json = text ? JSON.parse(text) : null;
    if (!response.ok) {
      const error = new Error((json && json.error) || ("HTTP " + response.status));
      error.status = response.status;
      error.body = json;
      throw error;
    }
    return json;
  }

  // ---- language ----------------------------------------------------------------------------------
  function renderLanguages() {
    const list = $("language-list");
    list.innerHTML = "";
    LANGS.forEach((l) => {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "choice";
      b.lang = l.tag;
      b.dataset.lang = l.id;
      b.innerHTML = markup(l.name, true);
      b.addEventListener("click", () => chooseLanguage(l.id));
      list.appendChild(b);
    });
  }

  async function chooseLanguage(id) {
    ui.lang = id;
    applyTexts();
    say("");
    await touch();
    if (ui.state && ui.state.ticketNumber) { show("ticket"); return; }
    if (ui.state && ui.state.resident) { show(ui.state.lifeEvent ? "event" : "confirm"); return; }
    show("card");
  }

  // ---- card and PIN ------------------------------------------------------------------------------
  function updateCardHint() {
    const present = ui.state && ui.state.cardPresent;
    setText($("card-waiting"), present ? "cardFound" : "waitingForCard");
  }

  async function checkCard() {
    if (ui.screen !== "card" || ui.cardCheck || !(ui.state && ui.state.cardPresent)) return;
    ui.cardCheck = true;
    try {
      const answer = await api("GET", "card/tries");
      if (ui.screen !== "card") return;
      if (answer.outcome === "tries-left") {
        ui.pin = [];
        setText($("pin-tries"), "triesLeft", answer.triesLeft);
        $("pin-error").textContent = "";
        show("pin");
      } else {
        cardProblem(answer);
      }
    } catch (e) {
      say(t("unexpected"));
    } finally {
      ui.cardCheck = false;
    }
  }

  function cardProblem(answer) {
    switch (answer.outcome) {
      case "one-try-left": toStaff("oneTryLeft"); break;
      case "pin-locked": toStaff("pinLocked"); break;
      case "no-reader": case "card-failure": case "unexpected": case "unknown-card": toStaff(messageKey(answer.outcome)); break;
      default: show("card"); say(t(messageKey(answer.outcome)));
    }
  }

  function messageKey(outcome) {
    return {
      "wrong-pin": "wrongPin", "one-try-left": "oneTryLeft", "pin-locked": "pinLocked", "invalid-pin": "invalidPin",
      "no-reader": "noReader", "no-card": "noCardMsg", "card-removed": "cardRemoved", "not-responding": "notResponding",
      "unknown-card": "unknownCard", "card-failure": "cardFailure"
    }[outcome] || "unexpected";
  }

  function renderPin() {
    const dots = $("pin-dots");
    dots.innerHTML = "";
    for (let i = 0; i < 4; i++) {
      const d = document.createElement("span");
      d.className = "dot" + (i < ui.pin.length ? " filled" : "");
      dots.appendChild(d);
    }
    dots.setAttribute("aria-label", plain(t("pinDots", ui.pin.length)));
    $("keypad").setAttribute("aria-label", plain(t("keypad")));
  }

  function pinDigit(d) {
    if (ui.screen !== "pin" || ui.pin.length >= 4) return;
    ui.pin.push(d);
    renderPin();
    touch();
  }

  function pinClear() {
    ui.pin.fill("0");
    ui.pin = [];
    renderPin();
  }

  async function pinSubmit() {
    if (ui.screen !== "pin") return;
    if (ui.pin.length !== 4) { setText($("pin-error"), "pinIncomplete"); return; }
    const pin = ui.pin.join("");
    pinClear();
    setText($("pin-error"), "reading");
    $("pin-ok").disabled = true;
    try {
      const answer = await api("POST", "card/read", { pin: pin });
      $("pin-error").textContent = "";
      if (answer.outcome === "read") {
        ui.state = Object.assign({}, ui.state, { resident: answer.resident });
        renderResident(answer.resident);
        show("confirm");
      } else if (answer.outcome === "wrong-pin") {
        if (answer.triesLeft <= 1) { toStaff("oneTryLeft"); return; }
        setText($("pin-error"), "wrongPin", answer.triesLeft);
        setText($("pin-tries"), "triesLeft", answer.triesLeft);
        renderPin();
      } else {
        cardProblem(answer);
      }
    } catch (e) {
      setText($("pin-error"), "unexpected");
    } finally {
      $("pin-ok").disabled = false;
    }
  }

  // ---- confirm -----------------------------------------------------------------------------------
  function renderResident(r) {
    const dl = $("resident");
    dl.innerHTML = "";
    const row = (key, value) => {
      const dt = document.createElement("dt");
      setText(dt, key);
      const dd = document.createElement("dd");
      dd.textContent = value;
      dl.appendChild(dt);
      dl.appendChild(dd);
    };
    row("name", r.name);
    row("address", r.address);
    row("birthDate", r.birthDateWareki + "（" + r.birthDate.replace(/-/g, "/") + "）");
    row("sex", plain(t("sex" + r.sex)));
    $("resident-flags").hidden = !(r.textFlags && r.textFlags.length);
  }

  // ---- life event --------------------------------------------------------------------------------
  function renderEvents() {
    const list = $("event-list");
    list.innerHTML = "";
    EVENTS.forEach((id) => {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "choice";
      b.dataset.event = id;
      setText(b, "ev." + id);
      b.addEventListener("click", () => chooseEvent(id));
      list.appendChild(b);
    });
  }

  async function chooseEvent(id) {
    try {
      await api("PUT", "visit/life-event", { lifeEvent: id });
      checkIn();
    } catch (e) {
      say(t("lifeEventError"));
    }
  }

  // ---- check-in ----------------------------------------------------------------------------------
  async function checkIn() {
    if (ui.checkingIn) return;
    ui.checkingIn = true;
    clearTimeout(ui.retryTimer);
    if (ui.screen !== "checkin") { $("server-down").hidden = true; show("checkin"); }
    setText($("retry-info"), "retrying");
    try {
      const answer = await api("POST", "visit/check-in");
      if (answer.outcome === "accepted") {
        ui.retries = 0;
        showTicket(answer.ticketNumber);
      } else if (answer.outcome === "server-unreachable") {
        serverDown();
      } else {
        toStaff("rejected");
      }
    } catch (e) {
      if (e.status === 409) { say(t("rejected")); show("card"); } else { serverDown(); }
    } finally {
      ui.checkingIn = false;
    }
  }

  function serverDown() {
    const box = $("server-down");
    const first = box.hidden;
    box.hidden = false;
    if (first) $("btn-retry").focus();
    const wait = RETRY_SECONDS[Math.min(ui.retries, RETRY_SECONDS.length - 1)];
    ui.retries++;
    ui.retryAt = Date.now() + wait * 1000;
    setText($("retry-info"), "retryIn", wait);
    ui.retryTimer = setTimeout(checkIn, wait * 1000);
  }

  function showTicket(number) {
    $("ticket-number").textContent = number;
    show("ticket");
  }

  // ---- idle, reset, polling ----------------------------------------------------------------------
  async function touch() {
    try { ui.state = await api("POST", "activity"); } catch (e) { /* the poll will tell */ }
  }

  function startOver(reason) {
    clearTimeout(ui.retryTimer);
    ui.retries = 0;
    pinClear();
    $("server-down").hidden = true;
    $("ticket-number").textContent = "";
    $("resident").innerHTML = "";
    closeIdleDialog();
    if (reason === "card-removed") {
      show("card");
      say(t("resetCard"));
    } else {
      ui.lang = "ja";
      applyTexts();
      show("language");
      say(reason === "idle" ? t("resetIdle") : "");
    }
  }

  async function restart() {
    try { ui.state = await api("POST", "reset"); } catch (e) { /* the poll will tell */ }
    ui.generation = ui.state ? ui.state.generation : ui.generation;
    startOver("resident");
  }

  function closeIdleDialog() {
    const dialog = $("idle-dialog");
    if (dialog.open) dialog.close();
  }

  function idle(state) {
    const dialog = $("idle-dialog");
    if (state.idle.warning && ui.screen !== "language") {
      setText($("idle-text"), "idleText", state.idle.secondsLeft);
      if (!dialog.open) { dialog.showModal(); $("btn-continue").focus(); }
    } else {
      closeIdleDialog();
    }
  }

  async function poll() {
    try {
      const state = await api("GET", "state");
      const previous = ui.generation;
      ui.state = state;
      ui.generation = state.generation;
      $("demo-panel").hidden = !state.demo;
      if (previous !== null && previous !== state.generation) {
        startOver(state.lastReset);
      } else {
        if (ui.screen === "card") { updateCardHint(); checkCard(); }
        idle(state);
      }
    } catch (e) {
      // The kiosk program itself is restarting; keep polling.
    } finally {
      setTimeout(poll, POLL_MS);
    }
  }

  // ---- wiring ------------------------------------------------------------------------------------
  function wire() {
    document.querySelectorAll("[data-digit]").forEach((b) => b.addEventListener("click", () => pinDigit(b.dataset.digit)));
    $("pin-clear").addEventListener("click", () => { pinClear(); touch(); });
    $("pin-ok").addEventListener("click", pinSubmit);
    document.addEventListener("keydown", (e) => {
      if (ui.screen !== "pin" || e.target.closest("dialog")) return;
      if (/^[0-9]$/.test(e.key)) { pinDigit(e.key); e.preventDefault(); }
      else if (e.key === "Backspace") { ui.pin.pop(); renderPin(); e.preventDefault(); }
      else if (e.key === "Enter" && e.target.tagName !== "BUTTON") { pinSubmit(); e.preventDefault(); }
    });
    document.querySelectorAll("[data-go]").forEach((b) => b.addEventListener("click", () => {
      toStaff({ "staff-nocard": "staffNoCard", "staff-pin": "staffPin", "staff-data": "staffData", "staff-server": "staffServer" }[b.dataset.go]);
    }));
    $("btn-confirm").addEventListener("click", () => { touch(); show("event"); });
    $("btn-retry").addEventListener("click", () => { touch(); checkIn(); });
    $("btn-print").addEventListener("click", () => window.print());
    $("btn-finish").addEventListener("click", restart);
    $("btn-restart").addEventListener("click", restart);
    $("btn-staff-restart").addEventListener("click", restart);
    $("btn-language").addEventListener("click", () => { touch(); show("language"); });
    $("btn-continue").addEventListener("click", () => { closeIdleDialog(); touch(); });
    $("idle-dialog").addEventListener("cancel", (e) => { e.preventDefault(); closeIdleDialog(); touch(); });
    toggle("btn-large", "large-text");
    toggle("btn-contrast", "high-contrast");
    $("demo-remove").addEventListener("click", () => api("POST", "demo/card/remove").catch(() => {}));
    $("demo-insert").addEventListener("click", () => api("POST", "demo/card/insert").catch(() => {}));
  }

  function toggle(buttonId, cssClass) {
    const b = $(buttonId);
    b.addEventListener("click", () => {
      const on = document.documentElement.classList.toggle(cssClass);
      b.setAttribute("aria-pressed", String(on));
    });
  }

  renderLanguages();
  wire();
  applyTexts();
  show("language", false);
  poll();
})();
