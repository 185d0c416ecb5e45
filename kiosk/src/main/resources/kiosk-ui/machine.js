// The ticket machine page: buttons for the purposes the town's data offers, a ticket for the one pressed,
// printed on the 80 mm receipt (Chromium --kiosk-printing prints silently), then back to the buttons.
const BACK_AFTER_MS = 20000;
const $ = id => document.getElementById(id);
let backTimer;
let pressing = false;

function say(text) { $('status').textContent = text; }

function show(screen) {
  for (const s of document.querySelectorAll('.screen')) s.hidden = s.id !== screen;
}

function bilingual(texts) {
  const span = document.createElement('span');
  span.append(texts.ja, ' ');
  const en = document.createElement('span');
  en.lang = 'en';
  en.textContent = texts.en;
  span.append(en);
  return span;
}

function button(purpose) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'purpose';
  b.dataset.purpose = purpose.id;
  const name = bilingual(purpose.name);
  name.className = 'name';
  const hint = bilingual(purpose.hint);
  hint.className = 'hint';
  b.append(name, hint);
  b.addEventListener('click', () => press(purpose.id));
  return b;
}

async function loadPurposes() {
  try {
    const response = await fetch('/api/machine/purposes');
    if (!response.ok) throw new Error((await response.json()).error);
    $('purposes').replaceChildren(...(await response.json()).map(button));
    say('');
  } catch (e) {
    say('ただいま発券できません。職員にお声がけください。 Tickets cannot be issued now: please ask a member of staff.');
    setTimeout(loadPurposes, 5000);
  }
}

// A refusal the server explains (a reservation too early, lapsed, unknown) is shown as it says; anything
// else gets the general sentence.
class Refused extends Error {}

async function request(body) {
  if (pressing) return;
  pressing = true;
  say('発券しています… Issuing your ticket…');
  try {
    const response = await fetch('/api/machine/tickets', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body) });
    const answer = await response.json();
    if (response.status === 404 || response.status === 409) {
      followHours();
      throw new Refused(answer.error);
    }
    if (!response.ok) throw new Error(answer.error);
    showTicket(answer);
    say('');
    window.print();
  } catch (e) {
    say(e instanceof Refused ? e.message : '発券できませんでした。もう一度お試しいただくか、職員にお声がけください。 The ticket could not be issued: please try again or ask a member of staff.');
  } finally {
    pressing = false;
  }
}

function press(purpose) {
  return request({ purpose });
}

function askForReservation() {
  say('');
  $('reservation-code').value = '';
  show('screen-reservation');
  // A keyboard-wedge QR scanner types the code and Enter into the focused field.
  $('reservation-code').focus();
  clearTimeout(backTimer);
  backTimer = setTimeout(back, BACK_AFTER_MS * 3);
}

function showTicket({ ticket, statusQr }) {
  $('ticket-number').textContent = ticket.ticketNumber;
  $('ticket-reserved').hidden = !ticket.reserved;
  $('ticket-purpose').replaceChildren(bilingual(ticket.purposeName));
  $('ticket-department').textContent = ticket.departmentName;
  $('ticket-ahead').textContent = `${ticket.waitingAhead}人 (${ticket.waitingAhead})`;
  $('ticket-estimate').textContent = ticket.estimatedWaitMinutes == null ? '— (まだ算出できません / not yet known)'
    : `約${ticket.estimatedWaitMinutes}分 (about ${ticket.estimatedWaitMinutes} min)`;
  $('ticket-time').textContent = new Date(ticket.issuedAt).toLocaleTimeString('ja-JP',
    { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit' });
  $('ticket-status').hidden = !statusQr;
  if (statusQr) $('ticket-qr').src = statusQr;
  show('screen-ticket');
  clearTimeout(backTimer);
  backTimer = setTimeout(back, BACK_AFTER_MS);
}

function back() {
  clearTimeout(backTimer);
  say('');
  show('screen-purposes');
}

// After reception has ended (the town's hours, from the server through the kiosk program) no button is offered;
// the next morning they come back by themselves. Hours that cannot be learnt leave the buttons (the server decides).
async function followHours() {
  try {
    const response = await fetch('/api/office-hours', { cache: 'no-store' });
    const hours = await response.json();
    const onPurposes = !$('screen-purposes').hidden;
    if (!hours.receptionOpen && (onPurposes || !$('screen-reservation').hidden)) {
      $('closed-hours').textContent = `本日の受付は${hours.receptionEnds}で終了しました。次の開庁日にお越しください。 `
        + `Today's reception closed at ${hours.receptionEnds}. Please come again on the next day the office is open.`;
      show('screen-closed');
    } else if (hours.receptionOpen && !$('screen-closed').hidden) {
      show('screen-purposes');
    }
  } catch (e) {
    // The kiosk program is restarting: look again at the next turn.
  }
}

function tick() {
  $('clock').textContent = new Date().toLocaleTimeString('ja-JP', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit' });
}

$('btn-done').addEventListener('click', back);
$('btn-back').addEventListener('click', back);
$('btn-reservation').addEventListener('click', askForReservation);
$('reservation-form').addEventListener('submit', event => {
  event.preventDefault();
  const code = $('reservation-code').value.trim();
  if (code) request({ reservation: code });
});
tick();
setInterval(tick, 10000);
loadPurposes();
followHours();
setInterval(followHours, 30000);
