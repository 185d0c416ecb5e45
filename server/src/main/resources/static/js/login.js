// The staff sign-in: name, password and, for accounts with a second factor, the code from the app;
// or the town's OpenID Connect provider. Each refusal comes back as a reason in the address.
// No labels.js here: its texts load first (top-level await), and the form must take over at once.
import { csrfHeaders } from '/js/csrf.js';

const params = new URLSearchParams(location.search);
const message = document.getElementById('message');
function show(text, kind) { message.textContent = text; message.className = 'message ' + kind; message.hidden = false; }

const REASONS = {
  error: ['ユーザー名またはパスワードが違います。', 'error'],
  code: ['2段階認証の確認コードが必要です（または違います）。認証アプリの6桁を入力してください。', 'error'],
  locked: ['ログインの失敗が続いたため、このアカウントはロックされています。しばらく待つか、管理者に解除を依頼してください。', 'error'],
  'no-account': ['庁内のアカウントでは確認できましたが、この窓口システムのアカウントがありません。管理者に依頼してください。', 'error'],
  logout: ['ログアウトしました。', 'info'],
  idle: ['操作がない状態が続いたため、ログアウトしました。', 'info'],
  changed: ['パスワードを変更しました。新しいパスワードでログインしてください。', 'info'],
};
for (const [key, [text, kind]] of Object.entries(REASONS)) if (params.has(key)) show(text, kind);
if (params.has('wait')) {
  show(`ログインの失敗が続いたため、${params.get('wait')} 秒後まで受け付けません。時間をおいてもう一度お試しください。`, 'error');
}

document.getElementById('login').addEventListener('submit', async event => {
  event.preventDefault();
  const body = new URLSearchParams(new FormData(event.target));
  try {
    const response = await fetch('/login', { method: 'POST', body, headers: csrfHeaders(), credentials: 'same-origin' });
    location.href = response.url;
  } catch (e) {
    show('サーバーに接続できません。', 'error');
  }
});

fetch('/api/sign-in-options', { headers: { Accept: 'application/json' } })
  .then(r => r.ok ? r.json() : { openIdConnect: [] })
  .then(options => document.getElementById('providers').replaceChildren(...options.openIdConnect.map(p => {
    const link = document.createElement('a');
    link.className = 'pdf provider';
    link.href = `/oauth2/authorization/${encodeURIComponent(p.id)}`;
    link.textContent = `${p.name} でログイン`;
    return link;
  })))
  .catch(() => {});
