// 混雑状況, the public page: how many wait now and for about how long, and the usual waits by weekday and hour
// (the last weeks' averages). Counts and minutes only; no ticket numbers, nothing personal.
const $ = id => document.getElementById(id);
const WEEKDAYS = ['', '月', '火', '水', '木', '金', '土', '日'];
let view = null;

function cell(tag, text, className) {
  const element = document.createElement(tag);
  element.textContent = text;
  if (className) element.className = className;
  return element;
}

function row(...cells) {
  const tr = document.createElement('tr');
  tr.append(...cells);
  return tr;
}

function showNow() {
  $('as-of').textContent = new Date(view.asOf).toLocaleTimeString('ja-JP', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit' }) + ' 現在';
  $('now').replaceChildren(...view.now.map(d => row(cell('th', d.name),
    cell('td', `${d.waiting}人`, 'num'),
    cell('td', d.waiting === 0 ? 'すぐ (now)' : d.estimatedWaitMinutes == null ? '—' : `約${d.estimatedWaitMinutes}分`, 'num'))));
  [...$('now').querySelectorAll('th')].forEach(th => th.setAttribute('scope', 'row'));
}

function level(minutes) {
  if (minutes == null) return 0;
  return minutes < 5 ? 1 : minutes < 15 ? 2 : minutes < 30 ? 3 : 4;
}

function showUsual() {
  const department = view.usual.departments.find(d => d.department === $('department').value);
  $('usual-caption').textContent = `${view.usual.from} 〜 ${view.usual.to} の平均`;
  if (!department) {
    $('usual-head').replaceChildren();
    $('usual').replaceChildren(row(cell('td', 'まだ記録がありません。 No figures yet.')));
    return;
  }
  const hours = [...new Set(department.cells.map(c => c.hour))].sort((a, b) => a - b);
  const weekdays = [...new Set(department.cells.map(c => c.weekday))].sort((a, b) => a - b);
  const head = row(cell('th', ''), ...hours.map(h => cell('th', `${h}時`)));
  [...head.children].forEach(th => th.setAttribute('scope', 'col'));
  $('usual-head').replaceChildren(head);
  $('usual').replaceChildren(...weekdays.map(w => {
    const th = cell('th', WEEKDAYS[w]);
    th.setAttribute('scope', 'row');
    return row(th, ...hours.map(h => {
      const c = department.cells.find(x => x.weekday === w && x.hour === h);
      const minutes = c?.meanWaitMinutes;
      const td = cell('td', minutes == null ? '—' : String(minutes), `level-${level(minutes)}`);
      td.title = c ? `${WEEKDAYS[w]}曜 ${h}時台: 平均 ${minutes ?? '—'}分、週平均 ${c.ticketsPerWeek}人` : '';
      return td;
    }));
  }));
}

async function refresh() {
  try {
    const response = await fetch('/api/congestion', { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(String(response.status));
    const first = view === null;
    view = await response.json();
    showNow();
    if (first) {
      $('department').replaceChildren(...view.now.map(d => {
        const option = document.createElement('option');
        option.value = d.department;
        option.textContent = d.name;
        return option;
      }));
      showUsual();
    }
    $('message').textContent = '';
  } catch (e) {
    $('message').textContent = '混雑状況を読み込めません。しばらくしてからお試しください。 Cannot load: please try again later.';
  }
}

$('department').addEventListener('change', showUsual);
refresh();
setInterval(refresh, 30000);
