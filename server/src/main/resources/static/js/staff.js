import { api, csrfHeaders } from '/js/csrf.js';
import { LIFE_EVENTS, el, timeOfDay } from '/js/labels.js';

const FORMS = {};

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

function row(visit) {
  const r = visit.resident;
  return el('tr', {},
    el('td', { class: 'ticket' }, visit.ticketNumber),
    el('td', { class: 'time' }, timeOfDay(visit.checkedInAt)),
    el('td', {}, el('div', { class: 'name' }, r.name), el('div', { class: 'sub' }, r.address)),
    el('td', { class: 'nowrap' }, LIFE_EVENTS[visit.lifeEvent] || visit.lifeEvent),
    el('td', {}, visit.procedures.map(p => el('span', { class: 'tag' }, FORMS[p] || p)),
      el('div', {}, el('a', { href: `/staff/checklist.html?visit=${encodeURIComponent(visit.id)}` }, 'チェックリスト'))),
    el('td', {}, formLinks(visit)));
}

async function load() {
  message.hidden = true;
  const date = day.value || tokyoToday();
  document.getElementById('heading').textContent = date === tokyoToday() ? '本日の来庁者' : `${date} の来庁者`;
  try {
    const visits = await api(`/api/visits?date=${encodeURIComponent(date)}`);
    rows.replaceChildren(...visits.map(row));
    empty.hidden = visits.length > 0;
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
} catch (e) { /* ids are shown instead of titles */ }
day.value = tokyoToday();
day.addEventListener('change', load);
document.getElementById('reload').addEventListener('click', load);
load();
setInterval(load, 30000);
