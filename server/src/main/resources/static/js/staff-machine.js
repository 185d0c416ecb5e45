// The ticket machine's side of the clerks' list: tickets taken without a card or QR code, with their
// purpose. Each waits in its department's queue like any ticket; ending the service closes it.
import { actsAt } from '/js/staff-duty.js';
import { api } from '/js/csrf.js';
import { el, timeOfDay } from '/js/labels.js';

const STATUS = { WAITING: '待ち', CALLED: '呼出中', NO_SHOW: '不在', SERVING: '対応中' };

function step(label, path, reload) {
  const b = el('button', { class: 'link action', type: 'button' }, label);
  b.addEventListener('click', async () => {
    const message = document.getElementById('queueMessage');
    try {
      await api(path, { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ counter: document.getElementById('counter').value }) });
      message.textContent = '完了しました';
    } catch (e) {
      message.textContent = e.message;
    }
    reload();
  });
  return b;
}

function actions(id, ticket, reload) {
  if (!ticket) return '終了';
  const base = `/api/queue/visits/${encodeURIComponent(id)}`;
  const list = [el('div', { class: 'sub' }, `${STATUS[ticket.status] || ticket.status}${ticket.counter ? ' ' + ticket.counter : ''}`)];
  if (!actsAt(ticket.department)) return list;
  if (ticket.status === 'WAITING' || ticket.status === 'CALLED') list.push(step('対応開始', `${base}/start`, reload));
  if (ticket.status === 'CALLED' || ticket.status === 'NO_SHOW') list.push(step('呼出し直し', `${base}/recall`, reload));
  if (ticket.status === 'CALLED') list.push(step('不在', `${base}/no-show`, reload));
  list.push(ticket.status === 'SERVING' ? step('対応終了', `${base}/finish`, reload) : step('取消', `${base}/close`, reload));
  return list;
}

/** The day's machine tickets; {@code tickets} are the open tickets by visit id (the staff list loads them). */
export async function loadMachineTickets(date, tickets, reload) {
  const section = document.getElementById('machine-tickets');
  try {
    const issued = await api(`/api/tickets?date=${encodeURIComponent(date)}`);
    document.getElementById('machine-rows').replaceChildren(...issued.map(t => el('tr', {},
      el('td', { class: 'ticket' }, t.ticketNumber),
      el('td', { class: 'time' }, timeOfDay(t.issuedAt)),
      el('td', {}, el('span', { class: 'tag' }, '発券機'), ' ', t.purposeName.ja),
      el('td', {}, t.departmentName),
      el('td', {}, actions(t.visitId, tickets[t.visitId], reload)))));
    section.hidden = issued.length === 0;
  } catch (e) {
    section.hidden = true;
  }
}
