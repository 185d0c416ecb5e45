import { api } from '/js/csrf.js';
import { LIFE_EVENTS, LIFE_EVENT_MOVES, el, hasText, lifeEventOptions, text, timeOfDay } from '/js/labels.js';
import { renderConfirmation } from '/js/confirm-view.js';
import { pickedTownAddress, setUpTownAddress, showTownAddress } from '/js/town-address.js';

// The counter interview (/staff/interview.html[?visit=<id>]). Without a visit: start one by hand, from a
// kiosk ticket, or from the card on the desk's reader. With a visit: the clerk reads the questions aloud
// (敬語), adds the household, and the checklist on the right follows every answer (POST /api/navigation).
// Every change is saved at once (PUT /api/interviews/<id>, with the version last seen); mistakes come back
// per field and are shown beside each field. Before printing, the resident confirms in large type.

const visitId = new URLSearchParams(location.search).get('visit');
const base = visitId ? `/api/interviews/${encodeURIComponent(visitId)}` : null;
const message = document.getElementById('message');
const SOURCES = {
  typed: '手入力で受付しました。',
  card: '窓口のカードリーダーで読み取りました（氏名・住所・生年月日・性別はカードのとおりです）。',
  ticket: 'キオスクで受付された方です（氏名・住所・生年月日・性別はキオスクで読み取ったとおりです）。',
  licence: '窓口のカードリーダーで運転免許証を読み取りました（氏名・住所・生年月日・性別は免許証のとおりです）。',
};
const RESIDENT_FIELDS = [
  { name: 'name', label: '氏名', attrs: { maxlength: '100', autocomplete: 'off' } },
  { name: 'kana', label: 'フリガナ', attrs: { maxlength: '100', autocomplete: 'off', placeholder: 'ヤマダ タロウ' } },
  { name: 'birthDate', label: '生年月日', attrs: { autocomplete: 'off', placeholder: '昭和64年1月7日 / S64.1.7 / 1989-01-07' } },
  { name: 'sex', label: '性別', radio: [['1', '男'], ['2', '女']] },
  { name: 'postcode', label: '郵便番号', attrs: { inputmode: 'numeric', autocomplete: 'off', placeholder: '100-0013' } },
  { name: 'address', label: '住所（都道府県から）', attrs: { maxlength: '200', autocomplete: 'off' } },
  { name: 'phone', label: '電話番号', attrs: { type: 'tel', autocomplete: 'off', placeholder: '03-1234-5678' } },
];
const FROM_CARD = ['name', 'birthDate', 'sex', 'address'];

let current = null;
let navigation = null;
let confirmation = null;
const questions = new Map();
let saving = Promise.resolve();

function show(text) {
  message.textContent = text;
  message.hidden = !text;
}

// ---- fields and their errors -------------------------------------------------------------------------

function fieldId(form, field) {
  return `${form}-${field.replace(/[^a-zA-Z0-9]/g, '-')}`;
}

function residentFields(container, form) {
  container.replaceChildren(...RESIDENT_FIELDS.map(f => {
    const field = `resident.${f.name}`;
    const error = el('p', { class: 'field-error', id: `${fieldId(form, field)}-error`, 'data-error': field });
    if (f.radio) {
      return el('fieldset', { class: 'field' }, el('legend', {}, f.label),
        f.radio.map(([value, label], i) => el('label', { class: 'radio' },
          el('input', { type: 'radio', name: `${form}-sex`, value, 'data-field': i === 0 ? field : `${field}-${value}`,
            'aria-describedby': error.id }), ` ${label}`)),
        error);
    }
    const id = fieldId(form, field);
    return el('div', { class: 'field' }, el('label', { for: id }, f.label),
      el('input', { type: 'text', id, 'data-field': field, 'aria-describedby': error.id, ...f.attrs }), error);
  }));
}

function readResident(form) {
  const value = name => form.querySelector(`[data-field="resident.${name}"]`).value;
  const sex = form.querySelector('input[type=radio]:checked');
  return {
    name: value('name'), kana: value('kana'), birthDate: value('birthDate'), sex: sex ? sex.value : null,
    address: value('address'), postcode: value('postcode'), phone: value('phone'),
  };
}

// A stored value goes into a field unless the clerk is typing there or has typed something not yet saved.
function setValue(input, value) {
  if (input !== document.activeElement && !input.dataset.dirty) input.value = value || '';
}

function editableFields() {
  return [...document.querySelectorAll('#resident input[type=text], #move input[type=text]')];
}

function fillResident(form, resident, editable) {
  const set = (name, value) => {
    const input = form.querySelector(`[data-field="resident.${name}"]`);
    setValue(input, value);
    const readOnly = !editable && FROM_CARD.includes(name);
    input.readOnly = readOnly;
    input.classList.toggle('from-card', readOnly);
  };
  set('name', resident.name);
  set('kana', resident.kana);
  set('birthDate', resident.birthDateWareki);
  set('address', resident.address);
  set('postcode', resident.postcode);
  set('phone', resident.phone);
  form.querySelectorAll('input[type=radio]').forEach(radio => {
    radio.checked = radio.value === resident.sex;
    radio.disabled = !editable;
  });
}

function clearErrors(form) {
  form.querySelectorAll('[data-error]').forEach(e => { e.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach(e => e.removeAttribute('aria-invalid'));
}

// Shows one refused field beside its input; false when this form has no such field.
function markError(form, error) {
  const slot = form.querySelector(`[data-error="${CSS.escape(error.field)}"]`);
  if (!slot) return false;
  slot.textContent = error.error;
  const input = form.querySelector(`[data-field="${CSS.escape(error.field)}"]`);
  if (input) input.setAttribute('aria-invalid', 'true');
  return true;
}

// Marks every field the server refused on these forms, focuses the first; returns what no field could show.
function showErrors(forms, errors) {
  forms.forEach(clearErrors);
  const unshown = errors.filter(error => !forms.some(form => markError(form, error)));
  const first = forms.map(f => f.querySelector('[aria-invalid=true]')).find(Boolean);
  if (first) first.focus();
  return unshown.map(e => e.error);
}

// ---- starting a visit --------------------------------------------------------------------------------

function startView() {
  document.getElementById('start').hidden = false;
  lifeEventOptions(document.getElementById('lifeEvent'));
  lifeEventOptions(document.getElementById('card-event'));
  const typed = document.getElementById('typed');
  residentFields(typed.querySelector('.resident-fields'), 'typed');
  document.querySelectorAll('#start .field-error[id^="err-"]').forEach(e => { e.dataset.error = e.id.substring(4); });
  typed.addEventListener('submit', async event => {
    event.preventDefault();
    const body = {
      lifeEvent: document.getElementById('lifeEvent').value, source: 'typed',
      counter: document.getElementById('start-counter').value, resident: readResident(typed),
    };
    try {
      const receipt = await api('/api/interviews', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
      });
      location.href = `/staff/interview.html?visit=${encodeURIComponent(receipt.visitId)}`;
    } catch (e) {
      const left = e.body && e.body.errors ? showErrors([typed], e.body.errors) : [e.message];
      show(left.length ? left.join(' ') : '入力に誤りがあります。赤字の説明をご覧ください。');
    }
  });
  const takeOver = document.getElementById('take-over');
  takeOver.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      const receipt = await api('/api/interviews/take-over', {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ticketNumber: document.getElementById('ticketNumber').value,
          counter: document.getElementById('start-counter').value }),
      });
      location.href = `/staff/interview.html?visit=${encodeURIComponent(receipt.visitId)}`;
    } catch (e) {
      const errors = e.body && e.body.errors ? e.body.errors : [{ field: (e.body && e.body.field) || 'ticketNumber', error: e.message }];
      show(showErrors([takeOver], errors).join(' '));
    }
  });
  deskReader();
}

// ---- the desk's own card reader (kiosk.jar desk): same card code and PIN rules as the kiosk ------------

const DESK_KEY = 'kakanai.deskReader';
const DESK_DEFAULT = 'http://127.0.0.1:8091';
const CARD_SOURCES = { mynumber: 'card', 'drivers-licence': 'licence' };
const CARD_TEXTS = {
  'tries-left': a => `カードを読み取れます（暗証番号の残り ${a.triesLeft} 回）。`,
  'wrong-pin': a => `暗証番号が違います。残り ${a.triesLeft} 回です。`,
  'one-try-left': () => '暗証番号の残りが1回のため、ここでは読み取りません（最後の1回は使いません）。手入力で受付してください。暗証番号の再設定は市民課でできます。',
  'pin-locked': () => '暗証番号がロックされています。手入力で受付してください（ロックの解除は市民課でできます）。',
  'invalid-pin': () => '暗証番号は数字4桁です。',
  'no-reader': () => 'カードリーダーが見つかりません。接続を確認してください。',
  'no-card': () => 'カードをカードリーダーに置いてください。',
  'card-removed': () => '読み取りの途中でカードが外されました。もう一度置いてください。',
  'not-responding': () => 'カードが応答しません。置き直してください。',
  'unknown-card': () => 'マイナンバーカードか運転免許証を置いてください。',
};

function deskUrl() {
  return (localStorage.getItem(DESK_KEY) || DESK_DEFAULT).replace(/\/+$/, '');
}

async function desk(path, options = {}) {
  const response = await fetch(deskUrl() + path, { ...options, headers: { 'Content-Type': 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw Object.assign(new Error(body.error || `エラー (${response.status})`), { body });
  return body;
}

function cardText(answer) {
  const text = CARD_TEXTS[answer.outcome];
  return text ? text(answer) : 'カードを読み取れませんでした。手入力で受付してください。';
}

function deskReader() {
  const section = document.getElementById('desk-card');
  const status = document.getElementById('card-status');
  const url = document.getElementById('desk-url');
  const state = document.getElementById('desk-state');
  url.value = deskUrl();
  let present = null;
  let reading = false;
  const poll = async () => {
    if (reading) return;
    try {
      const s = await desk('/api/card/status');
      section.hidden = false;
      state.textContent = '接続しています。';
      if (s.cardPresent !== present) {
        present = s.cardPresent;
        status.textContent = present ? cardText(await desk('/api/card/tries')) : CARD_TEXTS['no-card']();
      }
    } catch (e) {
      section.hidden = true;
      present = null;
      state.textContent = 'この PC のカードリーダーに接続できません。';
    }
  };
  document.getElementById('desk-settings').addEventListener('submit', event => {
    event.preventDefault();
    localStorage.setItem(DESK_KEY, url.value.trim() || DESK_DEFAULT);
    present = null;
    poll();
  });
  document.getElementById('card-read').addEventListener('submit', async event => {
    event.preventDefault();
    const pinInput = document.getElementById('card-pin');
    const pin = pinInput.value;
    pinInput.value = '';
    if (!/^[0-9]{4}$/.test(pin)) {
      status.textContent = CARD_TEXTS['invalid-pin']();
      return;
    }
    reading = true;
    try {
      const answer = await desk('/api/card/read', { method: 'POST', body: JSON.stringify({ pin }) });
      if (answer.outcome !== 'read') {
        status.textContent = cardText(answer);
        return;
      }
      const r = answer.resident;
      status.textContent = `${r.name} 様のカードを読み取りました。受付しています…`;
      const receipt = await api('/api/interviews', {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          lifeEvent: document.getElementById('card-event').value, source: CARD_SOURCES[r.cardType] || 'card',
          counter: document.getElementById('start-counter').value,
          resident: { name: r.name, kana: '', birthDate: r.birthDate, sex: r.sex, address: r.address, postcode: '', phone: '' },
        }),
      });
      location.href = `/staff/interview.html?visit=${encodeURIComponent(receipt.visitId)}`;
    } catch (e) {
      status.textContent = e.body && e.body.errors ? e.body.errors.map(x => x.error).join(' ') : `読み取れませんでした: ${e.message}`;
    } finally {
      reading = false;
    }
  });
  poll();
  setInterval(poll, 2000);
}

// ---- the interview -----------------------------------------------------------------------------------

// Everything a member has is sent back, also what the kiosk or a home QR gave (世帯主, the deceased, 続柄).
function memberEntry(m) {
  return {
    name: m.name || '', kana: m.kana || '', birthDate: m.birthDate, sex: m.sex || '', relationship: m.relationship,
    deceased: !!m.deceased, householder: !!m.householder, kinship: m.kinship || '',
  };
}

// The new address picked from the town's master here, or the one picked at the kiosk, is kept as it is; the text
// field edits the other address.
function moveEntry() {
  const kiosk = current.move.newAddress && current.move.newAddress.machiazaId ? current.move.newAddress : null;
  const picked = pickedTownAddress(document.getElementById('town-address')) || kiosk;
  return { date: document.getElementById('move-date').value, otherAddress: document.getElementById('move-address').value,
    newAddress: picked };
}

function save(change = {}) {
  saving = saving.then(() => send(change));
  return saving;
}

// One PUT with everything; resolves true when stored. A refused new member stays in the add form.
async function send({ members = current.members.map(memberEntry), answers = current.answers, newMember = false }) {
  const body = {
    version: current.version, resident: readResident(document.getElementById('resident')), move: moveEntry(),
    householderName: document.getElementById('householderName').value, members, answers,
    // Everything is replaced on each save: the event's date (from the kiosk or typed here) and the 続柄 the clerk
    // gave go back, or they would be lost.
    eventDate: document.getElementById('event-date').value, applicantKinship: current.applicantKinship ?? null,
  };
  const newIndex = members.length - 1;
  const sent = new Map(editableFields().map(input => [input, input.value]));
  try {
    current = await api(base, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    sent.forEach((value, input) => { if (input.value === value) delete input.dataset.dirty; });
    ['resident', 'move', 'add-member'].forEach(id => clearErrors(document.getElementById(id)));
    show('');
    document.getElementById('saved').textContent = `保存しました（${timeOfDay(new Date().toISOString())}）`;
    render();
    await navigate();
    return true;
  } catch (e) {
    if (e.status === 400 && e.body && e.body.errors) {
      const toAddForm = field => newMember ? field.replace(`members[${newIndex}].`, 'newMember.') : field;
      const forms = ['resident', 'move', 'add-member'].map(id => document.getElementById(id));
      const unshown = showErrors(forms, e.body.errors.map(x => ({ ...x, field: toAddForm(x.field) })));
      show(unshown.length ? unshown.join(' ') : '入力に誤りがあります。赤字の説明をご覧ください。');
    } else {
      show(e.message);
      if (e.status === 409) await load();
    }
    return false;
  }
}

async function navigate() {
  try {
    navigation = await api('/api/navigation', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        event: current.lifeEvent,
        resident: { birthDate: current.resident.birthDate, myNumberCardRead: current.myNumberCardRead },
        household: current.members.map(m => ({ relationship: m.relationship, birthDate: m.birthDate, deceased: !!m.deceased })),
        answers: current.answers,
      }),
    });
    navigation.openQuestions.forEach(q => { if (!questions.has(q.id)) questions.set(q.id, q); });
    renderChecklist();
    renderQuestions();
  } catch (e) {
    show(`手続きの判定ができませんでした: ${e.message}`);
  }
}

function who(ref) {
  if (ref === 'resident') return current.resident.name;
  const member = current.members[Number(ref.replace(/\D/g, ''))];
  return member ? member.name || `（氏名未記入・${member.relationshipLabel || member.relationship}）` : ref;
}

function renderChecklist() {
  const items = new Map(navigation.items.map(i => [i.procedureId, i]));
  document.getElementById('live-checklist').replaceChildren(...navigation.departments.map((d, n) =>
    el('section', { class: 'live-department', 'data-department': d.id },
      el('h3', {}, el('span', { class: 'step', 'aria-hidden': 'true' }, String(n + 1)), d.name.ja),
      el('ul', {}, d.procedureIds.map(id => items.get(id)).map(item => el('li', { 'data-procedure': item.procedureId },
        el('strong', {}, item.name.ja),
        item.certainty === 'to-confirm' ? el('span', { class: 'badge confirm' }, '要確認') : null,
        el('div', { class: 'sub' }, item.reason.ja),
        item.concerns.length ? el('div', { class: 'sub' }, `対象: ${item.concerns.map(who).join('、')}`) : null,
        item.bring.length ? el('div', { class: 'sub' }, `持ち物: ${item.bring.map(b => b.text.ja).join('、')}`) : null))))));
}

function renderQuestions() {
  const open = new Set(navigation.openQuestions.map(q => q.id));
  const shown = [...questions.values()].filter(q => q.type !== 'household' && (open.has(q.id) || q.id in current.answers));
  const list = document.getElementById('question-list');
  if (shown.length === 0) {
    list.replaceChildren(el('p', { class: 'sub' }, 'お伺いすることはありません。'));
    return;
  }
  list.replaceChildren(...shown.map(q => el('div', { class: 'question', 'data-question': q.id },
    el('p', { class: 'clerk-text', id: `q-${q.id}` }, q.clerkText ? q.clerkText.ja : q.text.ja),
    q.help ? el('p', { class: 'sub' }, q.help.ja) : null,
    el('div', { class: 'choices', role: 'group', 'aria-labelledby': `q-${q.id}` }, q.choices.map(choice => {
      const button = el('button', { type: 'button', class: 'secondary', 'data-value': choice.value,
        'aria-pressed': String(current.answers[q.id] === choice.value) }, choice.text.ja);
      button.addEventListener('click', () => save({ answers: { ...current.answers, [q.id]: choice.value } }));
      return button;
    })))));
}

function renderMembers() {
  document.getElementById('no-members').hidden = current.members.length > 0;
  document.getElementById('members-table').hidden = current.members.length === 0;
  document.getElementById('members').replaceChildren(...current.members.map((m, i) => {
    const name = m.name || '（氏名未記入）';
    const remove = el('button', { type: 'button', class: 'secondary', 'aria-label': `${name} を削除` }, '削除');
    remove.addEventListener('click', () => save({
      members: current.members.filter((_, j) => j !== i).map(memberEntry),
    }));
    const sex = m.sex === '1' ? '男' : m.sex === '2' ? '女' : '';
    return el('tr', { 'data-member': String(i) }, el('td', {}, name), el('td', {}, m.kana || ''),
      el('td', {}, m.birthDateWareki), el('td', {}, sex),
      el('td', {}, (m.relationshipLabel || '（続柄未記入）') + (m.householder ? '（世帯主）' : '') + (m.deceased ? '（死亡）' : '')),
      el('td', {}, remove));
  }));
}

function render() {
  document.getElementById('ticket').textContent = current.ticketNumber;
  document.getElementById('who').textContent = `${current.resident.name} 様`;
  document.getElementById('what').textContent = `${LIFE_EVENTS[current.lifeEvent] || current.lifeEvent}の受付`;
  document.getElementById('resident-source').textContent = SOURCES[current.source] || '';
  fillResident(document.getElementById('resident'), current.resident, current.residentEditable);
  const moving = current.lifeEvent in LIFE_EVENT_MOVES;
  document.getElementById('move-date-field').hidden = !moving;
  document.getElementById('move-address-field').hidden = !moving;
  document.getElementById('move-address-label').textContent = LIFE_EVENT_MOVES[current.lifeEvent] === 'in' ? '前の住所' : '新しい住所';
  // A move into or within the town: the new address comes from the town's address master.
  const inTown = current.move.kind === 'move-in' || current.move.kind === 'move-within';
  document.getElementById('town-address').hidden = !inTown;
  if (inTown) showTownAddress(document.getElementById('town-address'), current.move.newAddress);
  // The event's own date, where the town pack names one for this event (messages/staff: eventDate.<event>).
  const dated = hasText(`eventDate.${current.lifeEvent}`);
  document.getElementById('event-date-field').hidden = !dated;
  if (dated) document.getElementById('event-date-label').textContent = text(`eventDate.${current.lifeEvent}`);
  setValue(document.getElementById('event-date'), current.eventDate);
  setValue(document.getElementById('move-date'), current.move.dateWareki);
  setValue(document.getElementById('move-address'), current.move.otherAddress);
  setValue(document.getElementById('householderName'), current.householderName);
  renderMembers();
}

async function load() {
  current = await api(base);
  render();
  await navigate();
}

// ---- confirmation and printing -----------------------------------------------------------------------

const overlay = document.getElementById('confirm');

async function openConfirm() {
  await saving;
  try {
    confirmation = await api(`${base}/confirmation`);
  } catch (e) {
    show(e.message);
    return;
  }
  renderConfirmation(document.getElementById('confirm-body'), confirmation);
  document.getElementById('confirm-message').hidden = true;
  overlay.hidden = false;
  document.getElementById('interview').hidden = true;
  document.getElementById('confirm-heading').setAttribute('tabindex', '-1');
  document.getElementById('confirm-heading').focus();
}

function closeConfirm() {
  if (document.fullscreenElement) document.exitFullscreen();
  overlay.hidden = true;
  overlay.classList.remove('turned');
  document.getElementById('turn').setAttribute('aria-pressed', 'false');
  document.getElementById('interview').hidden = false;
  document.getElementById('open-confirm').focus();
}

async function turn() {
  const turned = !overlay.classList.contains('turned');
  overlay.classList.toggle('turned', turned);
  document.getElementById('turn').setAttribute('aria-pressed', String(turned));
  try {
    if (turned && overlay.requestFullscreen) await overlay.requestFullscreen();
    if (!turned && document.fullscreenElement) await document.exitFullscreen();
  } catch (e) { /* full screen refused (no user gesture or no support): the larger type stays */ }
}

// With required boxes still blank, 一括印刷 asks first: fill them in, or print so (the choice is recorded).
async function confirmAndPrint() {
  const blanks = confirmation.blanks || [];
  if (blanks.length > 0) {
    const ask = document.getElementById('blank-choice');
    document.getElementById('blank-choice-list').replaceChildren(...blanks.map(b => el('li', {}, `${b.form}：${b.label}`)));
    ask.hidden = false;
    document.getElementById('print-with-blanks').focus();
    return;
  }
  await confirmNow(false);
}

async function confirmNow(printWithBlanks) {
  const box = document.getElementById('confirm-message');
  document.getElementById('blank-choice').hidden = true;
  try {
    confirmation = await api(`${base}/confirmation`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ version: confirmation.version, printWithBlanks }),
    });
  } catch (e) {
    box.textContent = e.message;
    box.hidden = false;
    return;
  }
  closeConfirm();
  print();
}

// The browser's print dialog on the one PDF: the frame loads it (the server lets its own pages frame PDFs:
// X-Frame-Options SAMEORIGIN) and calls print() on it; the link is the fallback. The call is a property of the page
// so that a test in a headless browser, which shows no dialog, can see it made on the loaded PDF.
window.kakanaiPrint = window.kakanaiPrint || (w => w.print());
function print() {
  const url = `${base}/print.pdf`;
  const frame = document.getElementById('print-frame');
  const status = document.getElementById('print-status');
  status.replaceChildren('一括印刷の PDF を開いています。印刷の画面が出ない場合は ',
    el('a', { href: url, target: '_blank', rel: 'noopener', id: 'print-link' }, 'PDF を開いて印刷'), ' してください。');
  status.hidden = false;
  frame.onload = () => {
    try {
      frame.contentWindow.focus();
      window.kakanaiPrint(frame.contentWindow);
    } catch (e) { /* the PDF viewer refused: the link stays */ }
  };
  frame.src = url;
}

document.getElementById('open-confirm').addEventListener('click', openConfirm);
document.getElementById('back').addEventListener('click', closeConfirm);
document.getElementById('turn').addEventListener('click', turn);
document.getElementById('confirm-print').addEventListener('click', confirmAndPrint);
document.getElementById('print-with-blanks').addEventListener('click', () => confirmNow(true));
document.getElementById('fill-blanks').addEventListener('click', () => {
  document.getElementById('blank-choice').hidden = true;
  closeConfirm();
});
document.getElementById('second-screen').addEventListener('click', () =>
  window.open(`/staff/confirm.html?visit=${encodeURIComponent(visitId)}`, 'kakanai-confirm', 'popup'));
overlay.addEventListener('keydown', event => { if (event.key === 'Escape') closeConfirm(); });

async function interviewView() {
  document.getElementById('interview').hidden = false;
  residentFields(document.querySelector('#resident .resident-fields'), 'resident');
  document.querySelectorAll('#interview .field-error[id^="err-"]').forEach(e => { e.dataset.error = e.id.substring(4); });
  document.getElementById('checklist-link').href = `/staff/checklist.html?visit=${encodeURIComponent(visitId)}`;
  setUpTownAddress(document.getElementById('town-address'), () => {})
    .catch(e => show(`町名の一覧を読み込めませんでした: ${e.message}`));
  for (const id of ['resident', 'move']) {
    const form = document.getElementById(id);
    form.addEventListener('input', event => { event.target.dataset.dirty = '1'; });
    form.addEventListener('change', () => save());
    form.addEventListener('submit', event => { event.preventDefault(); save(); });
  }
  const add = document.getElementById('add-member');
  add.addEventListener('submit', async event => {
    event.preventDefault();
    const sex = add.querySelector('input[name=member-sex]:checked');
    const entry = {
      name: document.getElementById('member-name').value, kana: document.getElementById('member-kana').value,
      birthDate: document.getElementById('member-birthDate').value, sex: sex ? sex.value : null,
      relationship: document.getElementById('member-relationship').value,
    };
    if (await save({ members: [...current.members.map(memberEntry), entry], newMember: true })) {
      add.reset();
      document.getElementById('member-name').focus();
    }
  });
  try {
    const preview = await api(`/api/navigation/questions?visit=${encodeURIComponent(visitId)}`);
    preview.questions.forEach(q => questions.set(q.id, q));
    await load();
  } catch (e) {
    show(`受付を読み込めませんでした: ${e.message}`);
  }
}

if (visitId) {
  interviewView();
} else {
  startView();
}
