// The administrators' page: staff accounts, their roles and departments (the catalog's ids), one-time
// passwords shown once, unlock, second factor off. Every change is written to the access log by the server.
import { api, csrfHeaders } from '/js/csrf.js';
import { el } from '/js/labels.js';

const ROLES = {
  CLERK: '窓口担当（担当課のみ）', ONE_STOP: '総合窓口（全課・一括印刷）', MANAGER: '管理者（待ち時間）',
  AUDITOR: '監査（アクセス記録のみ）', ADMIN: 'システム管理（アカウント）',
};
const $ = id => document.getElementById(id);
let departments = [];
let editing = null;

function say(text, kind = 'info') {
  $('message').textContent = text;
  $('message').className = `message ${kind}`;
  $('message').hidden = false;
  $('message').focus?.();
}

function checkboxes(container, name, entries) {
  container.querySelectorAll('label').forEach(l => l.remove());
  for (const [value, label] of entries) {
    container.append(el('label', {}, el('input', { type: 'checkbox', name, value }), ` ${label}`));
  }
}

function checked(name) {
  return [...document.querySelectorAll(`input[name=${name}]:checked`)].map(i => i.value);
}

function state(a) {
  const parts = [];
  if (!a.enabled) parts.push('無効');
  if (a.locked) parts.push('ロック中');
  if (a.mustChangePassword) parts.push('パスワード変更待ち');
  if (a.secondFactor) parts.push('2段階認証');
  return parts.join('・') || '有効';
}

async function act(path, done) {
  try {
    const result = await api(path, { method: 'POST' });
    say(done(result));
    await load();
  } catch (e) {
    say(e.message, 'error');
  }
}

function row(a) {
  const actions = [el('button', { class: 'link', type: 'button', 'data-edit': a.username }, '変更')];
  if (a.source === 'local') {
    actions.push(el('button', { class: 'link', type: 'button', 'data-reset': a.username }, 'パスワード再発行'));
  }
  if (a.locked) actions.push(el('button', { class: 'link', type: 'button', 'data-unlock': a.username }, 'ロック解除'));
  if (a.secondFactor) actions.push(el('button', { class: 'link', type: 'button', 'data-totp': a.username }, '2段階認証を解除'));
  return el('tr', {}, el('td', {}, a.username), el('td', {}, a.displayName),
    el('td', {}, a.source === 'local' ? 'パスワード' : 'ディレクトリ'), el('td', {}, a.roles.map(r => ROLES[r] || r).join('、')),
    el('td', {}, a.departments.map(d => departments.find(x => x.id === d)?.name.ja || d).join('、') || '—'),
    el('td', {}, state(a)), el('td', {}, ...actions.map(b => el('span', { class: 'action' }, b))));
}

let accounts = [];
async function load() {
  accounts = await api('/api/admin/accounts');
  $('accounts').replaceChildren(...accounts.map(row));
}

function edit(username) {
  const a = accounts.find(x => x.username === username);
  editing = username;
  $('formTitle').textContent = `${username} の変更`;
  $('username').value = username;
  $('username').disabled = true;
  $('displayName').value = a.displayName;
  document.querySelectorAll('input[name=source]').forEach(i => { i.checked = i.value === a.source; i.disabled = true; });
  document.querySelectorAll('input[name=role]').forEach(i => { i.checked = a.roles.includes(i.value); });
  document.querySelectorAll('input[name=department]').forEach(i => { i.checked = a.departments.includes(i.value); });
  $('enabled').checked = a.enabled;
  $('enabledLabel').hidden = false;
  $('save').textContent = '保存';
  $('cancel').hidden = false;
  $('displayName').focus();
}

function reset() {
  editing = null;
  $('account').reset();
  $('formTitle').textContent = 'アカウントの作成';
  $('username').disabled = false;
  document.querySelectorAll('input[name=source]').forEach(i => { i.disabled = false; });
  $('enabledLabel').hidden = true;
  $('save').textContent = '作成';
  $('cancel').hidden = true;
}

$('accounts').addEventListener('click', event => {
  const b = event.target.closest('button');
  if (!b) return;
  if (b.dataset.edit) edit(b.dataset.edit);
  if (b.dataset.reset) act(`/api/admin/accounts/${encodeURIComponent(b.dataset.reset)}/password-reset`,
    r => `${r.username} の一時パスワード: ${r.password}（この画面でのみ表示します。次回ログイン時に変更が必要です）`);
  if (b.dataset.unlock) act(`/api/admin/accounts/${encodeURIComponent(b.dataset.unlock)}/unlock`, () => 'ロックを解除しました。');
  if (b.dataset.totp) act(`/api/admin/accounts/${encodeURIComponent(b.dataset.totp)}/second-factor-off`, () => '2段階認証を解除しました。');
});

$('account').addEventListener('submit', async event => {
  event.preventDefault();
  const body = { displayName: $('displayName').value, roles: checked('role'), departments: checked('department') };
  try {
    if (editing) {
      await api(`/api/admin/accounts/${encodeURIComponent(editing)}`, {
        method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...body, enabled: $('enabled').checked }),
      });
      say(`${editing} を保存しました。`);
    } else {
      const created = await api('/api/admin/accounts', {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...body, username: $('username').value, source: checked('source')[0] || 'local' }),
      });
      say(created.password
        ? `${created.username} を作成しました。一時パスワード: ${created.password}（この画面でのみ表示します。次回ログイン時に変更が必要です）`
        : `${created.username} を作成しました。庁内のディレクトリのパスワードでログインします。`);
    }
    reset();
    await load();
  } catch (e) {
    say(e.message, 'error');
  }
});
$('cancel').addEventListener('click', reset);
$('logout').addEventListener('submit', async event => {
  event.preventDefault();
  await fetch('/logout', { method: 'POST', headers: csrfHeaders(), credentials: 'same-origin' });
  location.href = '/login.html?logout';
});

checkboxes($('roles'), 'role', Object.entries(ROLES));
departments = (await api('/api/admin/departments'));
checkboxes($('departments'), 'department', departments.map(d => [d.id, d.name.ja]));
await load();
