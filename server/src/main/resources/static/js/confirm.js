import { api } from '/js/csrf.js';
import { renderConfirmation } from '/js/confirm-view.js';

// The confirmation on a second screen facing the resident (/staff/confirm.html?visit=<id>): follows the
// clerk's changes every few seconds.

const visitId = new URLSearchParams(location.search).get('visit');
const body = document.getElementById('confirm-body');
const message = document.getElementById('confirm-message');
let shown = '';

async function refresh() {
  try {
    const c = await api(`/api/interviews/${encodeURIComponent(visitId)}/confirmation`);
    const key = `${c.version}/${c.confirmedAt || ''}`;
    if (key !== shown) {
      renderConfirmation(body, c);
      shown = key;
    }
    message.hidden = true;
  } catch (e) {
    message.textContent = `表示できませんでした: ${e.message}`;
    message.hidden = false;
  }
}

refresh();
setInterval(refresh, 3000);
