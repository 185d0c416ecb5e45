import { csrfHeaders } from '/js/csrf.js';
const params = new URLSearchParams(location.search);
const message = document.getElementById('message');
function show(text, kind) { message.textContent = text; message.className = 'message ' + kind; message.hidden = false; }
if (params.has('error')) show('ユーザー名またはパスワードが違います。', 'error');
if (params.has('logout')) show('ログアウトしました。', 'info');
document.getElementById('login').addEventListener('submit', async event => {
  event.preventDefault();
  const body = new URLSearchParams(new FormData(event.target));
  try {
    const response = await fetch('/login', { method: 'POST', body, headers: csrfHeaders(), credentials: 'same-origin' });
    location.href = response.url.includes('error') ? '/login.html?error' : response.url;
  } catch (e) {
    show('サーバーに接続できません。', 'error');
  }
});
