// The kiosk's figures on the manager's page: how long residents take from the first tap to the ticket per
// life event (median, 90%, share within the three-minute goal), how many give up, and where.
import { api } from '/js/csrf.js';
import { LIFE_EVENTS, el } from '/js/labels.js';

const SCREENS = {
  start: '最初の画面', qr: 'QRコード', pin: '暗証番号', confirm: 'カードの内容', event: '用件', household: '家族',
  address: '新しい住所', questions: '質問', summary: '手続きの確認', checkin: '受付中', staff: '職員を呼ぶ', language: '言語'
};
const duration = s => s >= 60 ? `${Math.floor(s / 60)}分${String(Math.round(s % 60)).padStart(2, '0')}秒` : `${Math.round(s)}秒`;
const percent = x => `${(100 * x).toFixed(1)}%`;

function figure(value, label) {
  return el('div', { class: 'figure' }, el('b', {}, value), el('span', {}, label));
}

async function kiosk() {
  const from = document.getElementById('from').value, to = document.getElementById('to').value;
  let f;
  try { f = await api(`/api/manager/kiosk?from=${from}&to=${to}`); } catch (e) { return; }
  document.getElementById('kiosk-goal').textContent = duration(f.goalSeconds);
  document.getElementById('kiosk-summary').replaceChildren(
    figure(f.sessions.toLocaleString('ja-JP'), '受付機の利用'),
    figure(f.tickets.toLocaleString('ja-JP'), '番号札まで進んだ'),
    figure(`${f.abandoned} (${percent(f.abandonmentRate)})`, '途中でやめた'),
    figure(f.helpTickets.toLocaleString('ja-JP'), 'お手伝いの番号札'),
    figure(f.sessionsWithWrongPin.toLocaleString('ja-JP'), '暗証番号の誤りがあった'));
  document.getElementById('kiosk-events').replaceChildren(...f.byLifeEvent.map(e => el('tr', {},
    el('td', {}, e.lifeEvent ? (LIFE_EVENTS[e.lifeEvent] || e.lifeEvent) : '（用件の前）'),
    el('td', { class: 'num' }, e.sessions), el('td', { class: 'num' }, e.tickets),
    el('td', { class: 'num' }, e.tickets ? duration(e.medianSeconds) : '—'),
    el('td', { class: 'num' }, e.tickets ? duration(e.p90Seconds) : '—'),
    el('td', { class: 'num' }, e.tickets ? percent(e.withinGoal) : '—'),
    el('td', { class: 'num' }, e.tickets ? e.medianTaps : '—'),
    el('td', { class: 'num' }, percent(e.abandonmentRate)))));
  document.getElementById('kiosk-abandoned').replaceChildren(...f.abandonedAt.map(c => el('tr', {},
    el('td', {}, SCREENS[c.id] || c.id), el('td', { class: 'num' }, c.count))));
}

document.getElementById('run').addEventListener('click', kiosk);
kiosk();
