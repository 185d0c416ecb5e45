// The phone page's alert when the turn nears: once, when two or fewer wait ahead, and again when called —
// a vibration and a chime (phones allow both only after the resident's tap on the alert button, which
// also unlocks the sound) and, always, the highlighted state on the screen.
import * as chime from '/board/chime.js';

const alerted = new Set();
let enabled = false;

export function enableOnTap(button) {
  button.addEventListener('click', () => {
    enabled = chime.unlock() || 'vibrate' in navigator;
    button.setAttribute('aria-pressed', String(enabled));
    button.textContent = enabled ? '音と振動でお知らせします。 Alerts are on.' : 'この端末では音も振動も使えません。 No sound or vibration here.';
  });
}

/** Called on every refresh with the ticket's state; alerts once per ticket and moment. */
export function check(ticket) {
  const moment = ticket.status === 'CALLED' ? 'called' : ticket.status === 'WAITING' && ticket.ahead <= 2 ? 'near' : null;
  if (!moment) return false;
  const key = `${ticket.ticketNumber}/${moment}`;
  if (alerted.has(key)) return false;
  alerted.add(key);
  document.body.dataset.alerted = key;
  if (enabled) {
    if ('vibrate' in navigator) navigator.vibrate(moment === 'called' ? [400, 150, 400, 150, 400] : [300, 150, 300]);
    chime.play();
  }
  return true;
}
