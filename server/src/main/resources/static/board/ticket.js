import { check, enableOnTap } from '/board/near-turn.js';

const params = new URLSearchParams(location.search);
const input = document.getElementById('t');
const message = document.getElementById('message');
input.value = params.get('t') || '';
const text = (id, value) => { document.getElementById(id).textContent = value; };

async function refresh() {
  const number = input.value.trim();
  if (!number) return;
  try {
    const response = await fetch(`/api/board/tickets/${encodeURIComponent(number)}`, { headers: { Accept: 'application/json' } });
    if (response.status === 404) {
      document.getElementById('status').hidden = true;
      message.textContent = 'この番号は今お待ちではありません（手続が終わったか、本日の番号ではありません）。 This number is not waiting now.';
      return;
    }
    if (!response.ok) throw new Error(String(response.status));
    const t = await response.json();
    message.textContent = '';
    text('number', t.ticketNumber);
    text('department', t.departmentName);
    text('ahead', t.status === 'WAITING' ? `${t.ahead}人` : '—');
    text('waited', `${t.waitedMinutes}分`);
    text('estimate', t.status !== 'WAITING' ? '—' : t.estimatedWaitMinutes == null ? 'まだ算出できません (not yet known)'
      : `約${t.estimatedWaitMinutes}分 (about ${t.estimatedWaitMinutes} min)`);
    const state = document.getElementById('state');
    state.className = 'state' + (t.status === 'CALLED' ? ' called' : '');
    if (t.status === 'CALLED') {
      text('state', `お呼びしています。${t.counter}へお越しください。`);
      text('stateEn', `You are being called: please come to ${t.counter}.`);
    } else if (t.status === 'SERVING') {
      text('state', '窓口で対応中です。'); text('stateEn', 'You are being served.');
    } else if (t.status === 'NO_SHOW') {
      text('state', 'お呼びしましたが、いらっしゃいませんでした。窓口にお声がけください。');
      text('stateEn', 'We called you but missed you: please speak to the desk.');
    } else if (t.ahead <= 2) {
      text('state', 'まもなくお呼びします。窓口の近くでお待ちください。'); text('stateEn', 'Your turn is near: please wait close to the desk.');
    } else {
      text('state', 'お待ちください。'); text('stateEn', 'Please wait; we will call your number.');
    }
    state.classList.toggle('near', t.status === 'WAITING' && t.ahead <= 2);
    check(t);
    document.getElementById('status').hidden = false;
  } catch (e) {
    message.textContent = '状況を読み込めません。しばらくしてからもう一度お試しください。 Cannot load the status; please try again shortly.';
  }
}
document.getElementById('lookup').addEventListener('submit', event => {
  event.preventDefault();
  history.replaceState(null, '', `?t=${encodeURIComponent(input.value.trim())}`);
  refresh();
});
enableOnTap(document.getElementById('alerts'));
refresh();
setInterval(refresh, 10000);
