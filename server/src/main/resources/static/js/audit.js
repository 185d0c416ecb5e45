// The access log for managers and auditors: who looked at which visit, when and what for; the chain check.
import { api, csrfHeaders } from '/js/csrf.js';
import { el } from '/js/labels.js';

const ACTIONS = {
  'check-in': '受付 (キオスク)', 'list-visits': '来庁者一覧', 'view-visit': '来庁の表示', 'view-checklist': 'チェックリストの表示',
  'change-checklist': 'チェックリストの変更', 'start-interview': '聞き取りの開始', 'view-interview': '聞き取りの表示',
  'change-interview': '聞き取りの変更', 'print-form': '申請書の印刷', 'print-all': '一括印刷', 'print-interview': '聞き取りの一括印刷',
  'export-report': '集計のCSV出力', 'my-number-store': '個人番号の保管', 'my-number-use': '個人番号の利用',
  'my-number-purge': '個人番号の消去', 'view-access-log': 'アクセス記録の表示', 'export-access-log': 'アクセス記録のCSV出力',
  'sign-in': 'ログイン', 'sign-in-failed': 'ログイン失敗', 'locked-out': 'アカウントのロック', 'sign-out': 'ログアウト',
  'account-change': 'アカウントの変更', 'backup': 'バックアップ', 'queue-step-refused': '他の課の番号札の操作 (拒否)',
};
const tokyoDay = offset => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date(Date.now() + offset * 864e5));
const time = at => new Date(at).toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' });
const $ = id => document.getElementById(id);
let before = null;

function query() {
  const params = new URLSearchParams();
  for (const name of ['from', 'to', 'actor', 'visit', 'action']) {
    const value = $(name).value.trim();
    if (value) params.set(name, value);
  }
  return params;
}

function row(entry) {
  const r = entry.record;
  return el('tr', {}, el('td', { class: 'time' }, entry.seq), el('td', { class: 'time' }, time(r.at)), el('td', {}, r.actor),
    el('td', {}, ACTIONS[r.action] || r.action), el('td', { class: 'sub' }, r.visitId || '—'), el('td', {}, r.purpose || ''),
    el('td', {}, r.status), el('td', { class: 'sub' }, r.client || ''));
}

async function load(more = false) {
  const params = query();
  $('csv').href = `/api/access-log/export.csv?${params}`;
  if (more && before !== null) params.set('before', before);
  $('message').hidden = true;
  try {
    const page = await api(`/api/access-log?${params}`);
    const rows = page.entries.map(row);
    if (more) $('entries').append(...rows); else $('entries').replaceChildren(...rows);
    if (!more && rows.length === 0) $('entries').replaceChildren(el('tr', {}, el('td', { colspan: 8, class: 'empty' }, '該当する記録はありません。')));
    before = page.next ?? null;
    $('more').hidden = before === null;
  } catch (e) {
    $('message').textContent = e.message;
    $('message').hidden = false;
  }
}

async function verify() {
  $('verification').textContent = '検査中…';
  try {
    const v = await api('/api/access-log/verification');
    $('verification').textContent = v.intact
      ? `改ざんは見つかりませんでした（${v.rowsChecked} 行、最終行 #${v.headSeq}、ハッシュ ${v.headHash.substring(0, 16)}…）。`
      : `改ざんが見つかりました: ${v.firstBroken.reason}（#${v.firstBroken.seq}）。管理者と情報セキュリティ責任者に報告してください。`;
    $('verification').className = v.intact ? 'message info' : 'message error';
  } catch (e) {
    $('verification').textContent = e.message;
  }
}

for (const [id, label] of Object.entries(ACTIONS)) $('action').append(el('option', { value: id }, label));
$('from').value = tokyoDay(-6);
$('to').value = tokyoDay(0);
$('filter').addEventListener('submit', event => { event.preventDefault(); load(); });
$('more').addEventListener('click', () => load(true));
$('verify').addEventListener('click', verify);
$('logout').addEventListener('submit', async event => {
  event.preventDefault();
  await fetch('/logout', { method: 'POST', headers: csrfHeaders(), credentials: 'same-origin' });
  location.href = '/login.html?logout';
});
load();
