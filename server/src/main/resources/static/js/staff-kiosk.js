// The kiosk's side of the clerks' list: residents the kiosk sent to the staff desk with a ticket, and why
// (one PIN try left, a locked PIN, no card, ...). Each waits in the desk's queue like any ticket.
import { actsAt, hasRole } from '/js/staff-duty.js';
import { api, csrfHeaders } from '/js/csrf.js';
import { LIFE_EVENTS, el, timeOfDay } from '/js/labels.js';

const STATUS = { WAITING: '待ち', CALLED: '呼出中', NO_SHOW: '不在', SERVING: '対応中' };
const section = document.getElementById('help-requests');
const rows = document.getElementById('help-rows');

function counterBody() {
  return JSON.stringify({ counter: document.getElementById('counter').value });
}

function step(label, path, reload) {
  const b = el('button', { class: 'link action', type: 'button' }, label);
  b.addEventListener('click', async () => {
    const message = document.getElementById('queueMessage');
    try {
      await api(path, { method: 'POST', body: counterBody(), headers: { 'Content-Type': 'application/json', ...csrfHeaders() } });
      message.textContent = '完了しました';
    } catch (e) {
      message.textContent = e.message;
    }
    reload();
  });
  return b;
}

function actions(request, ticket, reload) {
  if (!ticket) return '終了';
  const base = `/api/queue/visits/${encodeURIComponent(request.id)}`;
  const list = [el('div', { class: 'sub' }, `${STATUS[ticket.status] || ticket.status}${ticket.counter ? ' ' + ticket.counter : ''}`)];
  if (!actsAt(ticket.department)) return list;
  if (ticket.status === 'WAITING' || ticket.status === 'CALLED') list.push(step('対応開始', `${base}/start`, reload));
  if (ticket.status === 'CALLED' || ticket.status === 'NO_SHOW') list.push(step('呼出し直し', `${base}/recall`, reload));
  if (ticket.status === 'CALLED') list.push(step('不在', `${base}/no-show`, reload));
  if (ticket.status === 'SERVING' && hasRole('ONE_STOP')) list.push(el('a', { class: 'action', href: '/staff/interview.html' }, '対面受付を始める'));
  list.push(step('終了', `${base}/close`, reload));
  return list;
}

/** The day's help requests (the staff list calls this whenever it reloads). */
export async function loadHelpRequests(date, tickets, reload) {
  try {
    const requests = await api(`/api/kiosk/help-requests?date=${encodeURIComponent(date)}`);
    rows.replaceChildren(...requests.map(r => el('tr', {},
      el('td', { class: 'ticket' }, r.ticketNumber),
      el('td', { class: 'time' }, timeOfDay(r.requestedAt)),
      el('td', {}, el('span', { class: 'tag help' }, 'お手伝い'), ' ', r.reasonText),
      el('td', {}, r.departmentName, el('div', { class: 'sub' }, `受付機 ${r.kioskId}`)),
      el('td', {}, actions(r, tickets[r.id], reload)))));
    section.hidden = requests.length === 0;
  } catch (e) {
    section.hidden = true;
  }
}

/**
 * What the clerk should know of each visit from the kiosks: the same resident's second check-in of the day
 * (a separate ticket: the first one's number is named), and procedures a kiosk added to a visit at the
 * resident's second check-in (they kept the first ticket). Returns visit id → tags.
 */
export async function kioskNotes(date) {
  const notes = new Map();
  const add = (id, tag) => notes.set(id, [...(notes.get(id) || []), tag]);
  try {
    for (const r of await api(`/api/kiosk/repeat-visits?date=${encodeURIComponent(date)}`)) {
      add(r.visitId, el('span', { class: 'tag repeat' }, `本日2回目の受付（最初: ${r.firstTicketNumber}）`));
    }
    for (const a of await api(`/api/kiosk/visit-additions?date=${encodeURIComponent(date)}`)) {
      add(a.visitId, el('span', { class: 'tag repeat' },
        `受付機で追加 ${timeOfDay(a.addedAt)}: ${LIFE_EVENTS[a.lifeEvent] || a.lifeEvent}${a.procedures.length ? '' : '（追加の手続なし）'}`));
    }
  } catch (e) { /* the list still shows the visits */ }
  return notes;
}
