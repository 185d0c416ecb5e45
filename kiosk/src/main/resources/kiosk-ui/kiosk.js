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
  const RELATIONSHIPS = ["spouse", "child", "parent", "grandchild", "other"];
  const POLL_MS = 1000;
  const RETRY_SECONDS = [5, 10, 20, 30];

  const ui = {
    lang: "ja",
    screen: "language",
    returnTo: null,
    generation: null,
    pin: [],
    pinMode: "card",
    triesLeft: null,
    cardCheck: false,
    retryTimer: null,
    retries: 0,
    busy: false,
    state: null,
    route: null,
    lifeEvent: null,
    members: [],
    relationship: null,
    myNumberSkipped: false,
    ticket: null,
    camera: null
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

  function japanese() {
    return ui.lang === "ja" || ui.lang === "easy";
  }

  /** A text of the server's catalog ({ja, en, zh, …}) in the resident's language, else English, else Japanese. */
  function local(texts) {
    if (!texts) return "";
    if (japanese()) return texts.ja || texts.en || "";
    return texts[ui.lang] || texts.en || texts.ja || "";
  }

  /**
   * A catalog name or document as HTML. The catalog writes やさしい日本語 apart ("easy", with furigana),
   * because its "ja" is the official wording the clerks use; a question's "ja" is already やさしい日本語.
   */
  function catalogHtml(texts) {
    if (ui.lang === "easy" && texts && texts.easy) return markup(texts.easy, true);
    return escapeHtml(local(texts));
  }

  /** The catalog's name, and for other languages the Japanese one too (to show at the counter). */
  function nameWithJapanese(el, texts) {
    el.innerHTML = catalogHtml(texts);
    if (!japanese() && texts && texts.ja && texts.ja !== local(texts)) {
      const ja = document.createElement("span");
      ja.className = "ja-name";
      ja.lang = "ja";
      ja.textContent = texts.ja;
      el.appendChild(document.createTextNode(" "));
      el.appendChild(ja);
    }
  }

  function langTag() {
    return (LANGS.find((l) => l.id === ui.lang) || LANGS[0]).tag;
  }

  function applyTexts() {
    document.documentElement.lang = langTag();
    document.title = plain(t("title")) + " — Kakanai";
    document.querySelectorAll("[data-t]").forEach((el) => setText(el, el.dataset.t));
    document.querySelectorAll("[data-t-label]").forEach((el) => el.setAttribute("aria-label", plain(t(el.dataset.tLabel))));
    renderEvents();
    renderPin();
    renderRelationships();
    renderDateSelects();
    if (ui.state && ui.state.resident) renderResident(ui.state.resident);
    if (ui.screen === "card") updateCardHint();
    if (ui.route && ui.route.next) renderQuestion();
    if (ui.route) renderSummary();
    if (ui.ticket) renderTicket();
    if (ui.screen === "pin") renderPinPurpose();
    if (ui.triesLeft !== null) setText($("pin-tries"), "triesLeft", ui.triesLeft);
  }

  // ---- screens -----------------------------------------------------------------------------------
  function show(screen, focus) {
    if (ui.screen === "qr" && screen !== "qr") stopCamera();
    if (screen !== ui.screen) say("");
    ui.screen = screen;
    document.querySelectorAll(".screen").forEach((s) => { s.hidden = s.id !== "screen-" + screen; });
    if (focus !== false) {
      const heading = document.querySelector("#screen-" + screen + " h1");
      if (heading) heading.focus();
    }
    if (screen === "card") { updateCardHint(); checkCard(); }
  }

  function say(message) {
    $("status").innerHTML = message ? markup(message, ui.lang === "easy") : "";
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
    touch();
    const back = ui.returnTo;
    ui.returnTo = null;
    show(back && back !== "language" ? back : "card");
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
        openPin("card", answer.triesLeft);
      } else {
        cardProblem(answer);
      }
    } catch (e) {
      say(t("unexpected"));
    } finally {
      ui.cardCheck = false;
    }
  }

  function openPin(mode, triesLeft) {
    ui.pinMode = mode;
    ui.pin = [];
    ui.triesLeft = triesLeft;
    renderPin();
    renderPinPurpose();
    if (triesLeft !== null && triesLeft !== undefined) setText($("pin-tries"), "triesLeft", triesLeft);
    else $("pin-tries").textContent = "";
    $("pin-error").textContent = "";
    setText($("btn-pin-other"), mode === "card" ? "forgotPin" : "myNumberSkip");
    show("pin");
  }

  function renderPinPurpose() {
    const purpose = $("pin-purpose");
    purpose.hidden = ui.pinMode !== "mynumber";
    if (!purpose.hidden) setText(purpose, "myNumberPin");
  }

  function cardProblem(answer) {
    switch (answer.outcome) {
      case "one-try-left": toStaff("oneTryLeft"); break;
      case "pin-locked": toStaff("pinLocked"); break;
      case "no-reader": case "card-failure": case "unexpected": case "unknown-card": toStaff(messageKey(answer.outcome)); break;
      case "other-card": toStaff("otherCard"); break;
      default:
        if (ui.pinMode === "mynumber") { show("summary"); say(t(messageKey(answer.outcome))); }
        else { show("card"); say(t(messageKey(answer.outcome))); }
    }
  }

  function messageKey(outcome) {
    return {
      "wrong-pin": "wrongPin", "one-try-left": "oneTryLeft", "pin-locked": "pinLocked", "invalid-pin": "invalidPin",
      "no-reader": "noReader", "no-card": "noCardMsg", "card-removed": "cardRemoved", "not-responding": "notResponding",
      "unknown-card": "unknownCard", "card-failure": "cardFailure", "other-card": "otherCard"
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
    if (ui.screen !== "pin" || ui.busy) return;
    if (ui.pin.length !== 4) { setText($("pin-error"), "pinIncomplete"); return; }
    const pin = ui.pin.join("");
    pinClear();
    setText($("pin-error"), "reading");
    ui.busy = true;
    $("pin-ok").disabled = true;
    try {
      const answer = await api("POST", ui.pinMode === "card" ? "card/read" : "card/my-number", { pin: pin });
      $("pin-error").textContent = "";
      if (answer.outcome === "read") {
        ui.state = Object.assign({}, ui.state, { resident: answer.resident });
        if (ui.pinMode === "card") {
          renderResident(answer.resident);
          show("confirm");
        } else {
          ui.state.myNumberMasked = answer.resident.myNumberMasked;
          renderSummary();
          show("summary");
          say(t("myNumberDone"));
        }
      } else if (answer.outcome === "wrong-pin") {
        ui.triesLeft = answer.triesLeft;
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
      ui.busy = false;
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
      dd.lang = "ja";
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
    if (ui.busy) return;
    try {
      await api("PUT", "visit/life-event", { lifeEvent: id });
      ui.lifeEvent = id;
      ui.members = [];
      ui.myNumberSkipped = false;
      routeCall("GET", "visit/route");
    } catch (e) {
      say(t("lifeEventError"));
    }
  }

  // ---- questions ---------------------------------------------------------------------------------
  /** Any call that answers with the route: shows the next question, or the summary when none is left. */
  async function routeCall(method, path, body) {
    if (ui.busy) return;
    ui.busy = true;
    try {
      const answer = await api(method, path, body);
      if (answer.outcome === "answered") {
        ui.route = answer;
        say("");
        if (answer.next) { renderQuestion(); show("question"); }
        else { renderSummary(); show("summary"); }
      } else if (answer.outcome === "server-unreachable") {
        say(t("serverDownAsking"));
      } else {
        say(t("rejected"));
      }
    } catch (e) {
      if (e.status === 409) { say(t("rejected")); } else { say(t("serverDownAsking")); }
    } finally {
      ui.busy = false;
    }
  }

  function questionText(q) {
    if (ui.lang === "easy" && q.rubyHtml) return { html: q.rubyHtml };
    return { text: local(q.text) };
  }

  function renderQuestion() {
    const q = ui.route && ui.route.next;
    if (!q) return;
    const heading = $("h-question");
    const text = questionText(q);
    if (text.html !== undefined) heading.innerHTML = text.html; else heading.textContent = text.text;
    setText($("question-step"), "questionNumber", ui.route.answered + 1);
    const help = $("question-help");
    help.hidden = !q.help;
    if (q.help) help.textContent = local(q.help);
    const choices = $("question-choices");
    choices.innerHTML = "";
    choices.dataset.question = q.id;
    const household = q.type === "household";
    $("household").hidden = !household;
    choices.hidden = household;
    if (household) { renderHousehold(); return; }
    (q.choices || []).forEach((c) => {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "choice";
      b.dataset.value = c.value;
      if (ui.lang === "easy" && c.rubyHtml) b.innerHTML = c.rubyHtml; else b.textContent = local(c.text);
      b.addEventListener("click", () => routeCall("PUT", "visit/answers/" + encodeURIComponent(q.id), { value: c.value }));
      choices.appendChild(b);
    });
  }

  function renderRelationships() {
    const list = $("relationship-list");
    list.innerHTML = "";
    RELATIONSHIPS.forEach((r) => {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "choice";
      b.dataset.relationship = r;
      b.setAttribute("aria-pressed", String(ui.relationship === r));
      setText(b, "rel." + r);
      b.addEventListener("click", () => { ui.relationship = r; renderRelationships(); touch(); });
      list.appendChild(b);
    });
  }

  function renderDateSelects() {
    const year = $("member-year");
    const month = $("member-month");
    const day = $("member-day");
    const keep = [year.value, month.value, day.value];
    const now = new Date().getFullYear();
    year.innerHTML = "";
    month.innerHTML = "";
    day.innerHTML = "";
    [year, month, day].forEach((select) => select.appendChild(option("", "—")));
    for (let y = now; y >= now - 110; y--) year.appendChild(option(String(y), y + (japanese() ? "年（" + wareki(y) + "）" : "")));
    for (let m = 1; m <= 12; m++) month.appendChild(option(String(m), japanese() ? m + "月" : String(m)));
    for (let d = 1; d <= 31; d++) day.appendChild(option(String(d), japanese() ? d + "日" : String(d)));
    year.value = keep[0] || "";
    month.value = keep[1] || "";
    day.value = keep[2] || "";
  }

  /** The era of a year for the year list; a year in which the era changed shows both (1989: 昭和64年・平成元年). */
  function wareki(y) {
    const eras = [[2019, "令和"], [1989, "平成"], [1926, "昭和"], [1912, "大正"], [1868, "明治"]];
    const inEra = (start, name) => name + (y === start ? "元" : String(y - start + 1)) + "年";
    const i = eras.findIndex(([start]) => y >= start);
    if (i < 0) return "";
    const current = inEra(eras[i][0], eras[i][1]);
    return y === eras[i][0] && i + 1 < eras.length ? inEra(eras[i + 1][0], eras[i + 1][1]) + "・" + current : current;
  }

  function option(value, label) {
    const o = document.createElement("option");
    o.value = value;
    o.textContent = label;
    return o;
  }

  function renderHousehold() {
    const list = $("household-list");
    list.innerHTML = "";
    ui.members.forEach((m, i) => {
      const li = document.createElement("li");
      const label = document.createElement("span");
      label.innerHTML = markup(t("rel." + m.relationship), ui.lang === "easy") + " — " + escapeHtml(m.birthDate.replace(/-/g, "/"))
        + (m.deceased ? " — " + markup(t("deceasedShort"), ui.lang === "easy") : "");
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "secondary";
      remove.setAttribute("aria-label", plain(t("removeMember", i + 1)));
      setText(remove, "remove");
      remove.addEventListener("click", () => { ui.members.splice(i, 1); renderHousehold(); touch(); });
      li.appendChild(label);
      li.appendChild(remove);
      list.appendChild(li);
    });
    $("member-deceased-row").hidden = ui.lifeEvent !== "death";
    setText($("btn-household-done"), "householdDone", ui.members.length);
  }

  function addMember() {
    const error = $("member-error");
    if (!ui.relationship) { setText(error, "chooseRelationship"); return; }
    const y = Number($("member-year").value), m = Number($("member-month").value), d = Number($("member-day").value);
    if (!y || !m || !d) { setText(error, "chooseBirthDate"); return; }
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCMonth() !== m - 1 || date > new Date()) { setText(error, "badDate"); return; }
    const iso = y + "-" + String(m).padStart(2, "0") + "-" + String(d).padStart(2, "0");
    ui.members.push({ relationship: ui.relationship, birthDate: iso, deceased: $("member-deceased").checked });
    ui.relationship = null;
    $("member-deceased").checked = false;
    ["member-year", "member-month", "member-day"].forEach((id) => { $(id).value = ""; });
    error.textContent = "";
    renderRelationships();
    renderHousehold();
    say(t("memberAdded", ui.members.length));
    touch();
  }

  // ---- summary -----------------------------------------------------------------------------------
  function fillRoute(listEl, bringEl, route) {
    listEl.innerHTML = "";
    bringEl.innerHTML = "";
    const items = route.items || [];
    const byId = {};
    items.forEach((i) => { byId[i.procedureId] = i; });
    (route.departments || []).forEach((d) => {
      const li = document.createElement("li");
      const name = document.createElement("strong");
      nameWithJapanese(name, d.name);
      li.appendChild(name);
      const procedures = document.createElement("ul");
      (d.procedureIds || []).forEach((id) => {
        const item = byId[id];
        if (!item) return;
        const p = document.createElement("li");
        nameWithJapanese(p, item.name);
        if (item.certainty === "to-confirm") {
          const mark = document.createElement("span");
          mark.className = "to-confirm";
          mark.innerHTML = " " + markup(t("toConfirm"), ui.lang === "easy");
          p.appendChild(mark);
        }
        procedures.appendChild(p);
      });
      li.appendChild(procedures);
      listEl.appendChild(li);
    });
    const seen = {};
    items.forEach((i) => (i.bring || []).forEach((doc) => {
      if (seen[doc.id]) return;
      seen[doc.id] = true;
      const li = document.createElement("li");
      nameWithJapanese(li, doc.text);
      bringEl.appendChild(li);
    }));
    if (!bringEl.children.length) {
      const li = document.createElement("li");
      setText(li, "nothingToBring");
      bringEl.appendChild(li);
    }
  }

  function renderSummary() {
    if (!ui.route || !ui.route.items) return;
    fillRoute($("summary-route"), $("summary-bring"), ui.route);
    const forms = ui.route.myNumberForms || [];
    const box = $("mynumber-box");
    box.hidden = forms.length === 0;
    if (forms.length) {
      const names = (ui.route.items || []).filter((i) => i.certainty === "needed" && (i.forms || []).some((f) => forms.indexOf(f) >= 0))
        .map((i) => catalogHtml(i.name)).join(japanese() ? "、" : ", ");
      $("mynumber-why").innerHTML = markup(t("myNumberWhy"), ui.lang === "easy").replace("%s", () => names);
      const masked = ui.state && ui.state.myNumberMasked;
      // Only a My Number Card on the reader can give the number; a QR code or a licence cannot.
      const card = ui.state && ui.state.resident && ui.state.resident.cardType === "mynumber";
      if (!card && !masked) {
        $("mynumber-actions").hidden = true;
        $("mynumber-read").hidden = false;
        setText($("mynumber-read"), "myNumberSkipped");
        return;
      }
      $("mynumber-read").hidden = !masked;
      if (masked) $("mynumber-read").innerHTML = markup(t("myNumberReadAs"), ui.lang === "easy").replace("%s", escapeHtml(masked));
      $("mynumber-actions").hidden = !!masked || ui.myNumberSkipped;
      if (ui.myNumberSkipped && !masked) { $("mynumber-read").hidden = false; setText($("mynumber-read"), "myNumberSkipped"); }
    }
  }

  async function startMyNumber() {
    try {
      const answer = await api("GET", "card/tries");
      if (answer.outcome === "tries-left") openPin("mynumber", answer.triesLeft);
      else cardProblem(answer);
    } catch (e) {
      say(t("unexpected"));
    }
  }

  // ---- check-in ----------------------------------------------------------------------------------
  async function checkIn() {
    if (ui.busy) return;
    ui.busy = true;
    clearTimeout(ui.retryTimer);
    if (ui.screen !== "checkin") { $("server-down").hidden = true; checkInHeading("checkingIn"); show("checkin"); }
    setText($("retry-info"), "retrying");
    try {
      const answer = await api("POST", "visit/check-in");
      if (answer.outcome === "accepted") {
        ui.retries = 0;
        ui.ticket = { number: answer.ticketNumber, at: new Date(), statusQr: answer.statusQr };
        renderTicket();
        show("ticket");
      } else if (answer.outcome === "server-unreachable") {
        serverDown();
      } else {
        toStaff("rejected");
      }
    } catch (e) {
      if (e.status === 409) { toStaff("rejected"); } else { serverDown(); }
    } finally {
      ui.busy = false;
    }
  }

  // The heading says what is true now: checking in, or the system cannot be reached (and retries).
  function checkInHeading(key) {
    $("h-checkin").dataset.t = key;
    setText($("h-checkin"), key);
  }

  function serverDown() {
    checkInHeading("serverDownTitle");
    const box = $("server-down");
    const first = box.hidden;
    box.hidden = false;
    if (first) $("btn-retry").focus();
    const wait = RETRY_SECONDS[Math.min(ui.retries, RETRY_SECONDS.length - 1)];
    ui.retries++;
    setText($("retry-info"), "retryIn", wait);
    ui.retryTimer = setTimeout(checkIn, wait * 1000);
  }

  function renderTicket() {
    if (!ui.ticket) return;
    $("ticket-number").textContent = ui.ticket.number;
    let time;
    try {
      time = new Intl.DateTimeFormat(langTag() === "ja" ? "ja-JP" : langTag(), { dateStyle: "long", timeStyle: "short" }).format(ui.ticket.at);
    } catch (e) {
      time = ui.ticket.at.toLocaleString();
    }
    $("ticket-time").textContent = time;
    // The caption says what the code is for; the image itself adds nothing a screen reader could say.
    $("ticket-status").hidden = !ui.ticket.statusQr;
    if (ui.ticket.statusQr) $("ticket-qr").src = ui.ticket.statusQr;
    const route = (ui.state && ui.state.route) || ui.route;
    $("ticket-route-box").hidden = !route;
    if (route) fillRoute($("ticket-route"), $("ticket-bring"), route);
  }

  // ---- QR (shown when the kiosk has a QR reader) ---------------------------------------------------
  async function submitQr(e) {
    e.preventDefault();
    const text = $("qr-text").value;
    $("qr-text").value = "";
    await sendQr({ text: text });
  }

  async function sendQr(body) {
    $("qr-error").textContent = "";
    try {
      const answer = await api("POST", "qr/text", body);
      await qrAnswered(answer);
    } catch (e) {
      setText($("qr-error"), e.status === 400 ? "qrBad" : "unexpected");
    }
  }

  // The kiosk's QrResource answers {status: "READ", ...} or {status: "REJECTED", reason, message}; a read
  // code is in the session already (its resident, life event and answers), so the state tells the rest.
  async function qrAnswered(answer) {
    if (answer && answer.status === "READ") {
      stopCamera();
      ui.state = await api("GET", "state");
      renderResident(ui.state.resident);
      show("confirm");
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
      ui.camera = { stream: stream, timer: setInterval(sendFrame, 700) };
    } catch (e) {
      setText($("qr-error"), "qrNoCamera");
    }
  }

  async function sendFrame() {
    const video = $("qr-video");
    if (!ui.camera || !video.videoWidth) return;
    const canvas = document.createElement("canvas");
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext("2d").drawImage(video, 0, 0);
    const blob = await new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
    if (!blob || !ui.camera) return;
    try {
      const response = await fetch("/api/qr/image", { method: "POST", headers: { "Content-Type": "image/png", "Accept": "application/json" }, body: blob, cache: "no-store" });
      if (response.ok) {
        const answer = await response.json();
        if (answer.reason !== "NOT_FOUND") await qrAnswered(answer);
      }
    } catch (e) { /* next frame */ }
  }

  function stopCamera() {
    if (!ui.camera) return;
    clearInterval(ui.camera.timer);
    ui.camera.stream.getTracks().forEach((track) => track.stop());
    ui.camera = null;
    $("qr-camera").hidden = true;
  }

  // ---- idle, reset, polling ----------------------------------------------------------------------
  async function touch() {
    try { ui.state = await api("POST", "activity"); } catch (e) { /* the poll will tell */ }
  }

  function forget() {
    clearTimeout(ui.retryTimer);
    stopCamera();
    ui.retries = 0;
    ui.route = null;
    ui.ticket = null;
    ui.members = [];
    ui.relationship = null;
    ui.lifeEvent = null;
    ui.myNumberSkipped = false;
    ui.triesLeft = null;
    pinClear();
    $("server-down").hidden = true;
    checkInHeading("checkingIn");
    $("ticket-number").textContent = "";
    $("ticket-status").hidden = true;
    $("ticket-qr").src = "data:,";
    $("resident").innerHTML = "";
    ["summary-route", "summary-bring", "ticket-route", "ticket-bring", "household-list"].forEach((id) => { $(id).innerHTML = ""; });
    closeIdleDialog();
  }

  function startOver(reason) {
    forget();
    if (reason === "card-removed") {
      show("card");
      say(t("resetCard"));
    } else {
      ui.lang = "ja";
      ["large-text", "high-contrast"].forEach((c) => document.documentElement.classList.remove(c));
      $("btn-large").setAttribute("aria-pressed", "false");
      $("btn-contrast").setAttribute("aria-pressed", "false");
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
      $("btn-qr").hidden = !state.qr;
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
    $("btn-pin-other").addEventListener("click", () => {
      if (ui.pinMode === "card") { toStaff("staffPin"); return; }
      pinClear();
      ui.myNumberSkipped = true;
      renderSummary();
      show("summary");
    });
    $("btn-confirm").addEventListener("click", () => {
      touch();
      // A home-prepared QR code brings its life event and answers: straight on to what is still open.
      if (ui.state && ui.state.resident && ui.state.resident.cardType === "home-qr" && ui.state.lifeEvent) {
        ui.lifeEvent = ui.state.lifeEvent;
        routeCall("GET", "visit/route");
      } else {
        show("event");
      }
    });
    $("btn-question-back").addEventListener("click", () => {
      if (ui.route && ui.route.answered > 0) routeCall("POST", "visit/back"); else { touch(); show("event"); }
    });
    $("btn-summary-back").addEventListener("click", () => {
      if (ui.route && ui.route.answered > 0) routeCall("POST", "visit/back"); else { touch(); show("event"); }
    });
    $("btn-add-member").addEventListener("click", addMember);
    $("btn-household-done").addEventListener("click", () => routeCall("PUT", "visit/household", { known: true, members: ui.members }));
    $("btn-alone").addEventListener("click", () => { ui.members = []; routeCall("PUT", "visit/household", { known: true, members: [] }); });
    $("btn-household-unknown").addEventListener("click", () => routeCall("PUT", "visit/household", { known: false }));
    $("btn-mynumber").addEventListener("click", () => { touch(); startMyNumber(); });
    $("btn-mynumber-skip").addEventListener("click", () => { touch(); ui.myNumberSkipped = true; renderSummary(); say(t("myNumberSkipped")); });
    $("btn-checkin").addEventListener("click", checkIn);
    $("btn-retry").addEventListener("click", () => { touch(); checkIn(); });
    $("btn-print").addEventListener("click", () => window.print());
    $("btn-finish").addEventListener("click", restart);
    $("btn-restart").addEventListener("click", restart);
    $("btn-staff-restart").addEventListener("click", restart);
    $("btn-language").addEventListener("click", () => {
      touch();
      if (ui.screen !== "language") ui.returnTo = ui.screen;
      show("language");
    });
    $("btn-continue").addEventListener("click", () => { closeIdleDialog(); touch(); });
    $("idle-dialog").addEventListener("cancel", (e) => { e.preventDefault(); closeIdleDialog(); touch(); });
    $("btn-qr").addEventListener("click", () => { touch(); show("qr"); $("qr-text").focus(); });
    $("btn-qr-back").addEventListener("click", () => { touch(); show("card"); });
    $("btn-camera").addEventListener("click", () => { touch(); startCamera(); });
    $("qr-form").addEventListener("submit", submitQr);
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
      touch();
    });
  }

  renderLanguages();
  wire();
  applyTexts();
  show("language", false);
  poll();
})();
