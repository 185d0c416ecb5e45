import { api, csrfHeaders } from '/js/csrf.js';
import { LIFE_EVENTS, el, text, timeOfDay, withGaiji } from '/js/labels.js';
import { kioskNotes, loadHelpRequests } from '/js/staff-kiosk.js';
import { loadMachineTickets } from '/js/staff-machine.js';
import { actsAt, hasRole, loadDuty } from '/js/staff-duty.js';

const FORMS = {};
const PROCEDURES = {};
const OPEN = new Set(['todo', 'in-progress']);
let tickets = {};
let checklists = {};

const day = document.getElementById('day');
const rows = document.getElementById('visits');
const message = document.getElementById('message');
const empty = document.getElementById('empty');

function tokyoToday() {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
}

function pdfLink(visit, file, label) {
  return el('a', { class: 'pdf', target: '_blank', rel: 'noopener',
    href: `/api/visits/${encodeURIComponent(visit.id)}/forms/${encodeURIComponent(file)}.pdf` }, label);
}

function formLinks(visit) {
  const links = visit.forms.map(formId => pdfLink(visit, formId, FORMS[formId] || formId));
  if (visit.forms.length > 1) links.push(pdfLink(visit, 'all', 'まとめて印刷'));
  return links;
}

function row(visit, notes) {
  const r = visit.resident;
  return el('tr', { 'data-visit': visit.id },
    el('td', { class: 'ticket' }, visit.ticketNumber),
    el('td', { class: 'time' }, timeOfDay(visit.checkedInAt)),
    el('td', {}, el('div', { class: 'name' }, withGaiji(r.name)), el('div', { class: 'sub' }, withGaiji(r.address))),
    el('td', { class: 'nowrap' }, LIFE_EVENTS[visit.lifeEvent] || visit.lifeEvent,
      visit.origin === 'desk' ? el('div', {}, el('span', { class: 'tag' }, '窓口で受付')) : null,
      (notes.get(visit.id) || []).map(tag => el('div', {}, tag))),
    el('td', {}, visit.procedures.map(p => el('span', { class: 'tag' }, PROCEDURES[p] || FORMS[p] || p)),
      el('div', {}, el('a', { href: `/staff/checklist.html?visit=${encodeURIComponent(visit.id)}` }, 'チェックリスト')),
      visit.origin === 'desk' && hasRole('ONE_STOP') ? el('div', {}, el('a', {
        href: `/staff/interview.html?visit=${encodeURIComponent(visit.id)}` }, '対面受付')) : null),
    el('td', {}, formLinks(visit)),
    el('td', {}, queueActions(visit)));
}

function counterBody() {
  return JSON.stringify({ counter: document.getElementById('counter').value });
}

async function step(path) {
  const message = document.getElementById('queueMessage');
  try {
    const result = await api(path, { method: 'POST', body: counterBody(), headers: { 'Content-Type': 'application/json' } });
    message.textContent = result ? `${result.ticketNumber}: ${text('status.' + result.status)}` : '完了しました';
  } catch (e) {
    message.textContent = e.message;
  }
  load();
}

function button(label, path) {
  const b = el('button', { class: 'link action', type: 'button' }, label);
  b.addEventListener('click', () => step(path));
  return b;
}

function queueActions(visit) {
  const t = tickets[visit.id];
  if (!t) return '終了';
  const base = `/api/queue/visits/${encodeURIComponent(visit.id)}`;
  // Each department issues its own ticket: show the one the resident is called by now.
  const now = t.ticketNumber !== visit.ticketNumber ? `${t.ticketNumber} ` : '';
  const actions = [el('div', { class: 'sub' }, `${now}${text('status.' + t.status)}${t.counter ? ' ' + t.counter : ''}`)];
  if (!actsAt(t.department)) return actions;
  if (t.status === 'CALLED') actions.push(button('対応開始', `${base}/start`), button('呼出し直し', `${base}/recall`), button('不在', `${base}/no-show`));
  if (t.status === 'NO_SHOW') actions.push(button('呼出し直し', `${base}/recall`), button('終了', `${base}/close`));
  if (t.status === 'WAITING') actions.push(button('対応開始', `${base}/start`));
  if (t.status === 'SERVING') {
    // What is still open at this desk, from the shared checklist (the kiosk's list may have grown since).
    const here = (checklists[visit.id]?.departments || []).find(d => d.id === t.department);
    (here ? here.items : []).filter(i => i.procedureId && OPEN.has(i.status)).forEach(i =>
      actions.push(button(`${i.name.ja} 完了`, `${base}/procedures/${encodeURIComponent(i.procedureId)}/done`)));
    actions.push(el('a', { class: 'action', href: `/staff/checklist.html?visit=${encodeURIComponent(visit.id)}` }, 'チェックリストで確認'));
    actions.push(button('次の課へ / 終了', `${base}/finish`));
  }
  return actions;
}

const PAGE_SIZE = 50;
const more = document.getElementById('more');
let shownPages = 1;

// One page of the day's visits, with the day's count (X-Total-Count) and whether another page follows (Link).
async function visitPage(date, page) {
  const path = `/api/visits?date=${encodeURIComponent(date)}&order=newest&size=${PAGE_SIZE}&page=${page}`;
  const response = await fetch(path, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } });
  if (response.status === 401) {
    window.location.href = '/login.html';
    throw new Error('ログインが必要です');
  }
  if (!response.ok) throw new Error(`エラー (${response.status})`);
  return { visits: await response.json(), total: Number(response.headers.get('X-Total-Count') || 0),
    more: (response.headers.get('Link') || '').includes('rel="next"') };
}

async function load() {
  message.hidden = true;
  const date = day.value || tokyoToday();
  document.getElementById('heading').textContent = date === tokyoToday() ? '本日の来庁者' : `${date} の来庁者`;
  try {
    tickets = Object.fromEntries((await api('/api/queue')).map(t => [t.visitId, t]));
    const serving = Object.values(tickets).filter(t => t.status === 'SERVING');
    checklists = Object.fromEntries(await Promise.all(serving.map(async t =>
      [t.visitId, await api(`/api/visits/${encodeURIComponent(t.visitId)}/checklist`).catch(() => null)])));
    loadHelpRequests(date, tickets, load);
    loadMachineTickets(date, tickets, load);
    // Newest first, a page at a time: a busy day has thousands of visits (issue 14 §4).
    const pages = [];
    for (let page = 1; page <= shownPages; page++) {
      const next = await visitPage(date, page);
      pages.push(next);
      if (!next.more) break;
    }
    const visits = pages.flatMap(p => p.visits);
    const notes = await kioskNotes(date);
    rows.replaceChildren(...visits.map(v => row(v, notes)));
    empty.hidden = visits.length > 0;
    more.hidden = !pages[pages.length - 1].more;
    more.textContent = `さらに表示 (${visits.length} / ${pages[0].total} 件)`;
  } catch (e) {
    message.textContent = `来庁者を読み込めませんでした: ${e.message}`;
    message.hidden = false;
  }
}

document.getElementById('logout').addEventListener('submit', async event => {
  event.preventDefault();
  await fetch('/logout', { method: 'POST', headers: csrfHeaders(), credentials: 'same-origin' });
  location.href = '/login.html?logout';
});
try {
  for (const form of await api('/api/forms')) FORMS[form.id] = form.title;
  for (const procedure of (await api('/api/navigation/catalog')).procedures) PROCEDURES[procedure.id] = procedure.name.ja;
} catch (e) { /* ids are shown instead of titles */ }
await loadDuty();
// The interview is the one-stop counter's: a department clerk would only meet a 403 page there.
document.querySelectorAll('a[href="/staff/interview.html"]').forEach(a => { a.hidden = !hasRole('ONE_STOP'); });
try {
  const departments = (await (await fetch('/api/board')).json()).filter(d => actsAt(d.department));
  document.getElementById('department').replaceChildren(...departments.map(d => el('option', { value: d.department }, d.name)));
} catch (e) { /* the select stays empty */ }
document.getElementById('callNext').addEventListener('click', () =>
  step(`/api/queue/${encodeURIComponent(document.getElementById('department').value)}/call-next`));
day.value = tokyoToday();
day.addEventListener('change', () => { shownPages = 1; load(); });
more.addEventListener('click', () => { shownPages++; load(); });
document.getElementById('reload').addEventListener('click', load);
load();
setInterval(load, 30000);
