import { el } from '/js/labels.js';
const seen = new Set();
let first = true;
function tick() {
  document.getElementById('clock').textContent = new Date().toLocaleTimeString('ja-JP', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit' });
}
async function refresh() {
  try {
    const response = await fetch('/api/board', { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(response.status);
    const departments = await response.json();
    document.getElementById('board').replaceChildren(...departments
      .filter(d => d.called.length > 0 || d.waiting > 0)
      .map(d => el('section', {},
        el('h2', {}, d.name),
        d.called.length === 0 ? el('div', { class: 'none' }, '準備中です') :
          d.called.slice(0, 4).map(c => {
            const key = `${d.department}/${c.ticketNumber}/${c.calledAt}`;
            const fresh = !first && !seen.has(key);
            seen.add(key);
            return el('div', { class: fresh ? 'called fresh' : 'called' },
              el('span', { class: 'ticket' }, c.ticketNumber), el('span', { class: 'counter' }, `${c.counter}へ`));
          }),
        el('div', { class: 'waiting' }, `お待ちの方 ${d.waiting}人` + (d.waiting > 0 ? `・最長 ${d.longestWaitMinutes}分` : '')))));
    first = false;
  } catch (e) {
    document.getElementById('status').textContent = '表示を更新できません。しばらくお待ちください。';
  }
}
tick(); refresh();
setInterval(tick, 10000);
setInterval(refresh, 3000);
