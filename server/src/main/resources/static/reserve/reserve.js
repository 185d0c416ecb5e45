// 来庁予約, the public phone page: what for, which day and slot, book; the code and its QR code to show at
// the ticket machine; cancel. No personal data is asked: the booking is its code (?code=… shows it again).
import { csrfHeaders } from '/js/csrf.js';

const $ = id => document.getElementById(id);
const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];
let item = null;
let slot = null;

function say(text) { $('message').textContent = text; }

function step(id) {
  for (const s of document.querySelectorAll('main > section')) s.hidden = s.id !== id;
  $(id).querySelector('h2').focus?.();
}

async function call(path, options = {}) {
  const response = await fetch(path, { ...options, headers: { Accept: 'application/json', 'Content-Type': 'application/json',
    ...csrfHeaders(), ...(options.headers || {}) }, credentials: 'same-origin' });
  const body = response.status === 204 ? null : await response.json();
  if (!response.ok) throw new Error(body?.error || `HTTP ${response.status}`);
  return body;
}

function node(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([k, v]) => { if (v !== undefined) element.setAttribute(k, v); });
  element.append(...children);
  return element;
}

function bilingual(name) {
  return [name.ja, ' ', node('span', { lang: 'en' }, name.en)];
}

function dayLabel(date) {
  const [y, m, d] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${m}月${d}日(${WEEKDAYS[weekday]})`;
}

function facts(list, booking) {
  $(list).replaceChildren(
    node('dt', {}, 'ご用件'), node('dd', {}, ...bilingual(booking.itemName)),
    node('dt', {}, '日時'), node('dd', {}, `${dayLabel(booking.date)} ${booking.from}〜${booking.to}`),
    node('dt', {}, '窓口'), node('dd', {}, booking.departmentName));
}

async function showItems() {
  const items = await call('/api/reservations/items');
  $('items').replaceChildren(...items.map(i => {
    const b = node('button', { type: 'button', class: 'choice', 'data-item': i.id }, ...bilingual(i.name));
    b.addEventListener('click', () => chooseItem(i));
    return b;
  }));
  step('step-item');
}

let days = [];
async function chooseItem(chosen) {
  item = chosen;
  $('chosen-item').replaceChildren(...bilingual(item.name));
  days = (await call(`/api/reservations/slots?item=${encodeURIComponent(item.id)}`)).filter(d => d.slots.length > 0);
  $('day').replaceChildren(...days.map(d => node('option', { value: d.date }, dayLabel(d.date))));
  showSlots();
  step('step-slot');
}

function showSlots() {
  const day = days.find(d => d.date === $('day').value) || { slots: [] };
  $('slots').replaceChildren(...day.slots.map(s => {
    const full = s.remaining === 0;
    const b = node('button', { type: 'button', class: 'slot', 'data-time': s.time, disabled: full ? '' : undefined },
      s.time, node('small', {}, full ? '満員 full' : `残り${s.remaining} (${s.remaining} left)`));
    b.addEventListener('click', () => chooseSlot(day.date, s.time));
    return b;
  }));
}

function chooseSlot(date, time) {
  slot = { date, time };
  $('confirm-facts').replaceChildren(
    node('dt', {}, 'ご用件'), node('dd', {}, ...bilingual(item.name)),
    node('dt', {}, '日時'), node('dd', {}, `${dayLabel(date)} ${time}〜`));
  step('step-confirm');
}

async function book() {
  try {
    const booking = await call('/api/reservations', { method: 'POST', body: JSON.stringify({ item: item.id, ...slot }) });
    history.replaceState(null, '', `?code=${encodeURIComponent(booking.code)}`);
    showBooking(booking);
    say('');
  } catch (e) {
    say(`予約できませんでした: ${e.message}`);
    await chooseItem(item);
  }
}

function showBooking(booking) {
  $('code').textContent = booking.code;
  $('ticket-from').textContent = booking.ticketFrom;
  $('ticket-from-en').textContent = booking.ticketFrom;
  $('qr').src = `/api/reservations/${encodeURIComponent(booking.code)}/qr.svg`;
  facts('done-facts', booking);
  $('cancel').hidden = booking.status !== 'BOOKED';
  if (booking.status === 'CANCELLED') say('この予約は取り消されています。 This booking is cancelled.');
  if (booking.status === 'USED') say('この予約は受付済みです。 This booking has been used.');
  step('step-done');
}

async function cancel() {
  try {
    await call(`/api/reservations/${encodeURIComponent($('code').textContent)}/cancel`, { method: 'POST' });
    say('予約を取り消しました。 The booking is cancelled.');
    $('cancel').hidden = true;
  } catch (e) {
    say(e.message);
  }
}

$('day').addEventListener('change', showSlots);
$('back-to-items').addEventListener('click', () => step('step-item'));
$('back-to-slots').addEventListener('click', () => step('step-slot'));
$('book').addEventListener('click', book);
$('cancel').addEventListener('click', cancel);
const code = new URLSearchParams(location.search).get('code');
if (code) {
  call(`/api/reservations/${encodeURIComponent(code)}`).then(showBooking).catch(e => { say(e.message); showItems(); });
} else {
  showItems().catch(e => say(`読み込めません: ${e.message}`));
}
