// The staff member's own account: a password change (required after an administrator's reset) and the
// optional second factor with an authenticator app.
import { api, csrfHeaders } from '/js/csrf.js';

const $ = id => document.getElementById(id);
function say(text, kind = 'info') {
  $('message').textContent = text;
  $('message').className = `message ${kind}`;
  $('message').hidden = false;
}
const json = body => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

const me = await api('/api/account');
$('who').textContent = `${me.displayName}（${me.username}）・役割: ${me.roles.join('、') || 'なし'}`
  + (me.departments.length ? `・担当課: ${me.departments.join('、')}` : '');
if (me.mustChangePassword) say('管理者が発行した一時パスワードです。使い始める前に、新しいパスワードに変更してください。', 'error');
$('passwordSection').hidden = me.source !== 'local';
$('secondFactorState').textContent = me.secondFactor ? '設定済みです。ログインのたびに認証アプリのコードを入力します。'
  : '未設定です。設定すると、パスワードに加えて認証アプリのコードでログインします。';
$('startSecondFactor').hidden = me.secondFactor || me.mustChangePassword;

$('password').addEventListener('submit', async event => {
  event.preventDefault();
  if ($('newPassword').value !== $('repeatPassword').value) {
    say('新しいパスワードが確認用と一致しません。', 'error');
    return;
  }
  try {
    await api('/api/account/password', json({ currentPassword: $('currentPassword').value, newPassword: $('newPassword').value }));
    location.href = '/login.html?changed';
  } catch (e) {
    say(e.message, 'error');
  }
});

$('startSecondFactor').addEventListener('click', async () => {
  const setUp = await api('/api/account/second-factor', { method: 'POST' });
  // The server builds the QR code as SVG from the otpauth address; parsed as an image, never as markup.
  const image = new Image(240, 240);
  image.alt = '認証アプリ用のQRコード';
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(setUp.qrSvg)}`;
  $('qr').replaceChildren(image);
  $('secret').textContent = setUp.secret.replace(/(.{4})/g, '$1 ').trim();
  $('setUp').hidden = false;
  $('code').focus();
});

$('confirm').addEventListener('submit', async event => {
  event.preventDefault();
  try {
    await api('/api/account/second-factor/confirm', json({ code: $('code').value }));
    say('2段階認証を有効にしました。次回からログイン時にコードを入力してください。');
    $('setUp').hidden = true;
    $('startSecondFactor').hidden = true;
    $('secondFactorState').textContent = '設定済みです。';
  } catch (e) {
    say(e.message, 'error');
  }
});

$('logout').addEventListener('submit', async event => {
  event.preventDefault();
  await fetch('/logout', { method: 'POST', headers: csrfHeaders(), credentials: 'same-origin' });
  location.href = '/login.html?logout';
});
