import { el } from '/js/labels.js';
import { announce, detectVoices, unlockOnTap } from '/board/announcer.js';

const seen = new Set();
let first = true;

function tick() {
  document.getElementById('clock').textContent = new Date().toLocaleTimeString('ja-JP', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit' });
}

function waitingLine(d) {
  if (d.waiting === 0) return 'お待ちの方 0人';
  const estimate = d.estimatedWaitMinutes == null ? '' : `・目安 約${d.estimatedWaitMinutes}分`;
  return `お待ちの方 ${d.waiting}人${estimate}・最長 ${d.longestWaitMinutes}分`;
}

async function refresh() {
  try {
    const response = await fetch('/api/board', { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(response.status);
    const departments = await response.json();
    const fresh = [];
    document.getElementById('board').replaceChildren(...departments
      .filter(d => d.called.length > 0 || d.waiting > 0)
      .map(d => el('section', {},
        el('h2', {}, d.name),
        d.called.length === 0 ? el('div', { class: 'none' }, '準備中です') :
          d.called.slice(0, 4).map(c => {
            // A recall is a new call: its time differs, so it is announced again.
            const key = `${d.department}/${c.ticketNumber}/${c.calledAt}`;
            const isNew = !first && !seen.has(key);
            seen.add(key);
            if (isNew) fresh.push(c);
            return el('div', { class: isNew ? 'called fresh' : 'called' },
              el('span', { class: 'ticket' }, c.ticketNumber), el('span', { class: 'counter' }, `${c.counter}へ`));
          }),
        el('div', { class: 'waiting' }, waitingLine(d)))));
    fresh.sort((a, b) => a.calledAt.localeCompare(b.calledAt)).forEach(announce);
    document.body.dataset.announced = String(Number(document.body.dataset.announced || 0) + fresh.length);
    first = false;
    document.getElementById('status').textContent = '番号が表示されたら、表示の窓口へお越しください。 Please come to the counter shown next to your number.';
  } catch (e) {
    document.getElementById('status').textContent = '表示を更新できません。しばらくお待ちください。';
  }
}

detectVoices();
unlockOnTap(document.getElementById('sound'));
tick(); refresh();
setInterval(tick, 10000);
setInterval(refresh, 3000);
