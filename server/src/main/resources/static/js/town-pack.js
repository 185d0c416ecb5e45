// The manager's town pack page: upload a new version (a zip of the pack's directory), see every version and
// put an earlier one back in force. The server checks a pack whole before it changes anything.
import { api } from '/js/csrf.js';
import { el, timeOfDay } from '/js/labels.js';

const SOURCES = { seed: '初回起動', upload: 'アップロード', directory: '設定のフォルダ'};

async function refresh() {
  const { inForce, versions } = await api('/api/town/versions');
  document.getElementById('versions').replaceChildren(...versions.slice().reverse().map(v => el('tr',
    { class: v.version === inForce ? 'in-force' : '' },
    el('td', {}, `第${v.version}版`, v.version === inForce ? '（使用中）' : ''),
    el('td', {}, v.townName),
    el('td', {}, `${new Date(v.createdAt).toLocaleDateString('ja-JP', { timeZone: 'Asia/Tokyo' })} ${timeOfDay(v.createdAt)}（${SOURCES[v.source] || v.source}）`),
    el('td', {}, v.createdBy),
    el('td', {}, v.note || ''),
    el('td', {}, el('code', {}, v.sha256.substring(0, 12))),
    el('td', {},
      el('a', { href: `/api/town/versions/${v.version}/archive` }, 'ZIP'), ' ',
      v.version === inForce ? null : restoreButton(v.version)))));
}

function restoreButton(version) {
  const button = el('button', { type: 'button' }, 'この版に戻す');
  button.addEventListener('click', async () => {
    if (!confirm(`第${version}版に戻します。これから受付する来庁者から使われます。よろしいですか。`)) return;
    await report(() => api(`/api/town/versions/${version}/activate`, { method: 'POST' }), `第${version}版を使用中にしました。`);
  });
  return button;
}

async function report(action, success) {
  const message = document.getElementById('message');
  const problems = document.getElementById('problems');
  problems.replaceChildren();
  try {
    const result = await action();
    message.textContent = success(result);
  } catch (e) {
    message.textContent = e.message;
    for (const p of (e.body && e.body.problems) || []) {
      problems.append(el('li', {}, `${p.file}${p.line ? ':' + p.line : ''}: ${p.message}`));
    }
  }
  await refresh();
}

document.getElementById('upload').addEventListener('submit', async event => {
  event.preventDefault();
  const file = document.getElementById('archive').files[0];
  const note = document.getElementById('note').value;
  await report(() => api(`/api/town/versions?note=${encodeURIComponent(note)}`,
    { method: 'POST', headers: { 'Content-Type': 'application/zip' }, body: file }),
  v => `第${v.version}版を登録し、使用中にしました。`);
});

document.getElementById('from-directory').addEventListener('click', () => report(
  () => api(`/api/town/versions/from-directory?note=${encodeURIComponent(document.getElementById('note').value)}`,
    { method: 'POST' }),
  v => `設定のフォルダの内容を第${v.version}版として登録し、使用中にしました。`));

refresh();
