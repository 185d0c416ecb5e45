import { api } from '/js/csrf.js';
import { el } from '/js/labels.js';

const WEEKDAYS = ['', '月', '火', '水', '木', '金', '土', '日'];
const minutes = s => s >= 3600 ? `${Math.floor(s / 3600)}時間${Math.round((s % 3600) / 60)}分` : `${Math.round(s / 60)}分`;
const percent = x => `${(100 * x).toFixed(1)}%`;
const tokyoDay = offset => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date(Date.now() + offset * 864e5));

async function live() {
  const rows = await api('/api/manager/live');
  document.getElementById('live').replaceChildren(...rows.map(d => el('tr', {},
    el('td', {}, d.name), el('td', { class: 'num' }, d.waiting), el('td', { class: 'num' }, d.waiting ? minutes(d.longestWaitSeconds) : '—'),
    el('td', { class: 'num' }, d.called), el('td', { class: 'num' }, d.serving), el('td', { class: 'num' }, d.noShows))));
}

function statsRow(name, s) {
  return el('tr', {}, el('td', {}, name), el('td', { class: 'num' }, s.count), el('td', { class: 'num' }, minutes(s.medianSeconds)),
    el('td', { class: 'num' }, minutes(s.p90Seconds)), el('td', { class: 'num' }, minutes(s.maxSeconds)), el('td', { class: 'num' }, percent(s.withinTarget)));
}

function figure(value, label) {
  return el('div', { class: 'figure' }, el('b', {}, value), el('span', {}, label));
}

async function report() {
  const from = document.getElementById('from').value, to = document.getElementById('to').value;
  const query = `from=${from}&to=${to}`;
  document.getElementById('csv').href = `/api/manager/report.csv?${query}`;
  const message = document.getElementById('message');
  message.hidden = true;
  let r;
  try { r = await api(`/api/manager/report?${query}`); } catch (e) { message.textContent = e.message; message.hidden = false; return; }
  const target = minutes(r.targetSeconds);
  const count = n => n.toLocaleString('ja-JP');
  document.getElementById('summary').replaceChildren(
    figure(count(r.arrivals), `来庁者数 (予約 ${count(r.reservedArrivals)})`),
    figure(minutes(r.waiting.medianSeconds), '待ち時間 中央値'),
    figure(minutes(r.waiting.p90Seconds), '待ち時間 90%'),
    figure(minutes(r.waiting.maxSeconds), '待ち時間 最大'),
    figure(percent(r.waiting.withinTarget), `${target}以内に呼出`),
    figure(`${count(r.abandoned)} (${percent(r.abandonmentRate)})`, '呼出前に離脱'),
    figure(`${count(r.noShows)} (${percent(r.noShowRate)})`, '呼出に不在 (人)'),
    figure(count(r.served), '対応数'),
    figure(minutes(r.transaction.medianSeconds), '対応時間 中央値'),
    figure(minutes(r.visitTime.medianSeconds), '庁内の滞在 中央値'),
    figure(count(r.closedAtDayEnd), '閉庁時に未対応'));
  const num = value => el('td', { class: 'num' }, value);
  document.getElementById('departments').replaceChildren(...r.departments.map(d => el('tr', {},
    el('td', {}, d.name), num(count(d.entered)), num(minutes(d.waiting.medianSeconds)), num(minutes(d.waiting.p90Seconds)),
    num(minutes(d.waiting.maxSeconds)), num(percent(d.waiting.withinTarget)), num(`${d.abandoned} (${percent(d.abandonmentRate)})`),
    num(`${d.noShows} (${percent(d.noShowRate)})`), num(count(d.served)), num(minutes(d.transaction.medianSeconds)),
    num(minutes(d.transaction.p90Seconds)))));
  document.getElementById('entries').replaceChildren(...r.waitingByEntry.map(e => statsRow(e.name, e.waiting)));
  document.getElementById('counters').replaceChildren(...r.counters.map(c => statsRow(`${c.departmentName} ${c.counter}`, c.transaction)));
  document.getElementById('services').replaceChildren(...r.serviceByProcedure.map(g => statsRow(g.name, g.stats)));
  const open = r.byHour.filter(h => h.arrivals > 0);
  const max = Math.max(1, ...open.map(h => h.waiting.medianSeconds));
  document.getElementById('hours').replaceChildren(...open.map(h => el('div', {
    class: h.waiting.medianSeconds > r.targetSeconds ? 'over' : '', style: `height:${100 * h.waiting.medianSeconds / max}%`,
    title: `${h.slot}時台: 来庁 ${h.arrivals}、中央値 ${minutes(h.waiting.medianSeconds)}` })));
  document.getElementById('hourAxis').replaceChildren(...open.map(h => el('span', {}, `${h.slot}時`)));
  const hours = [...new Set(r.heatMap.map(c => c.hour))].sort((a, b) => a - b);
  document.getElementById('heatHead').replaceChildren(el('tr', {}, el('th', {}, ''), hours.map(h => el('th', {}, `${h}時`))));
  const cell = (d, h) => r.heatMap.find(c => c.weekday === d && c.hour === h);
  document.getElementById('heat').replaceChildren(...[1, 2, 3, 4, 5, 6, 7].filter(d => r.heatMap.some(c => c.weekday === d)).map(d =>
    el('tr', {}, el('th', {}, WEEKDAYS[d]), hours.map(h => {
      const c = cell(d, h);
      if (!c) return el('td', {}, '');
      const heat = Math.min(1, c.medianWaitSeconds / (2 * r.targetSeconds));
      return el('td', { style: `background: rgba(164, 38, 44, ${heat.toFixed(2)}); color: ${heat > .5 ? '#fff' : 'inherit'}` },
        `${c.arrivals}`, el('br'), minutes(c.medianWaitSeconds));
    }))));
}

document.getElementById('from').value = tokyoDay(-30);
document.getElementById('to').value = tokyoDay(0);
document.getElementById('run').addEventListener('click', report);
live(); report();
setInterval(live, 10000);
