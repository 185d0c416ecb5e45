/*
 * The resident's language. Every text comes from the town pack (one source per text): the kiosk screen's
 * messages in each language, the languages and the life events, as the kiosk program fetched them from the
 * server (GET /api/texts); questions, procedures and departments come with the route. やさしい日本語 is
 * written with furigana as {漢字|かんじ} and shown as <ruby>; other languages show the plain text.
 */
import { ui } from "./state.js";
import { api } from "./api.js";

/** The town's languages in the kiosk's order: {id, tag, name}. */
export let LANGUAGES = [];
/** The town's life events in the kiosk's order: {id, move?, deceasedMember, newborn}. */
export let LIFE_EVENTS = [];
let TEXTS = { ja: {}, en: {} };
let hash = null;

/** Fetches the texts from the kiosk program (which holds the town pack's); false while it has none yet. */
export async function loadTexts() {
  try {
    const texts = await api("GET", "texts");
    const changed = texts.hash !== hash;
    LANGUAGES = texts.languages;
    LIFE_EVENTS = texts.lifeEvents;
    TEXTS = texts.messages;
    hash = texts.hash;
    if (changed) applyTexts();
    return true;
  } catch (e) {
    return false;
  }
}

const renderers = [];

/** Registers a function that redraws a module's dynamic texts when the language changes. */
export function onLanguage(fn) {
  renderers.push(fn);
}

function raw(key) {
  const own = TEXTS[ui.lang] && TEXTS[ui.lang][key];
  if (own !== undefined) return own;
  if (ui.lang === "easy" && TEXTS.ja[key] !== undefined) return TEXTS.ja[key];
  if (TEXTS.en[key] !== undefined) return TEXTS.en[key];
  return TEXTS.ja[key] !== undefined ? TEXTS.ja[key] : key;
}

export function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c]));
}

const RUBY = /\{([^|{}]+)\|([^|{}]+)\}/g;

/** {漢字|かんじ} → <ruby> when withRuby, plain 漢字 otherwise; everything else escaped. */
export function markup(text, withRuby) {
  return escapeHtml(text).replace(RUBY, (m, base, reading) =>
    withRuby ? "<ruby>" + base + "<rp>(</rp><rt>" + reading + "</rt><rp>)</rp></ruby>" : base);
}

export function plain(text) {
  return String(text).replace(RUBY, "$1");
}

/** The text of a key in the resident's language; %n is replaced by n, %s by s. */
export function t(key, n, s) {
  let text = raw(key);
  if (n !== undefined) text = text.replace(/%n/g, String(n));
  if (s !== undefined) text = text.replace(/%s/g, String(s));
  return text;
}

export function easy() {
  return ui.lang === "easy";
}

/** Sets an element's content to a key's text (with furigana in やさしい日本語). */
export function setText(el, key, n, s) {
  el.innerHTML = markup(t(key, n, s), easy());
}

export function html(key, n, s) {
  return markup(t(key, n, s), easy());
}

export function japanese() {
  return ui.lang === "ja" || ui.lang === "easy";
}

export function langTag() {
  return (LANGUAGES.find((l) => l.id === ui.lang) || LANGUAGES[0]).tag;
}

/** A text of the server's catalog ({ja, en, zh, …}) in the resident's language, else English, else Japanese. */
export function local(texts) {
  if (!texts) return "";
  if (japanese()) return texts.ja || texts.en || "";
  return texts[ui.lang] || texts.en || texts.ja || "";
}

/**
 * A catalog name or document as HTML. The catalog writes やさしい日本語 apart ("easy", with furigana),
 * because its "ja" is the official wording the clerks use.
 */
export function catalogHtml(texts) {
  if (easy() && texts && texts.easy) return markup(texts.easy, true);
  return escapeHtml(local(texts));
}

/** The catalog's name, and for other languages the Japanese one too (to show at the counter). */
export function nameWithJapanese(el, texts) {
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

/**
 * A server question's text: やさしい日本語 with the server's furigana (rubyHtml); standard Japanese and the
 * other languages as plain text.
 */
export function questionHtml(texts, rubyHtml) {
  if (easy() && rubyHtml) return rubyHtml;
  const text = local(texts);
  return escapeHtml(ui.lang === "ja" ? standard(text) : text);
}

/**
 * The catalog writes its Japanese questions in やさしい日本語, with spaces between the phrases (分かち書き);
 * standard Japanese has none, so they are taken out between Japanese characters.
 */
function standard(text) {
  return text.replace(/([^\x00-\x7f])[ \u3000]+(?=[^\x00-\x7f])/g, "$1");
}

/** Every static text of the page (data-t, data-t-label) and every module's dynamic ones. */
export function applyTexts() {
  document.documentElement.lang = langTag();
  document.title = plain(t("title")) + " — Kakanai";
  document.querySelectorAll("[data-t]").forEach((el) => setText(el, el.dataset.t));
  document.querySelectorAll("[data-t-label]").forEach((el) => el.setAttribute("aria-label", plain(t(el.dataset.tLabel))));
  renderers.forEach((fn) => fn());
}

export function setLanguage(id) {
  ui.lang = id;
  applyTexts();
}

/** One button per language, in its own language and script. */
export function languageButtons(list, onChoose) {
  list.innerHTML = "";
  LANGUAGES.forEach((l) => {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "choice";
    b.lang = l.tag;
    b.dataset.lang = l.id;
    b.innerHTML = markup(l.name, true);
    b.addEventListener("click", () => onChoose(l.id));
    list.appendChild(b);
  });
}
