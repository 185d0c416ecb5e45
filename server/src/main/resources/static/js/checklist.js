import { api } from '/js/csrf.js';
import { LIFE_EVENTS, el, hasText, text, timeOfDay } from '/js/labels.js';

// The clerk's checklist of one visit (/staff/checklist.html?visit=<id>): every procedure grouped by
// department in walking order; status, note and printing per procedure. Every change sends the version
// it was made on; a 409 means a colleague changed it first: the message says who, and the page reloads.

const visitId = new URLSearchParams(location.search).get('visit');
const base = `/api/visits/${encodeURIComponent(visitId)}`;
const STATUSES = [['todo', '未着手'], ['in-progress', '対応中'], ['done', '完了'], ['not-needed', '不要']];
const FORMS = {};
const message = document.getElementById('message');
let visit = null;
let checklist = null;
let catalog = { departments: [], procedures: [] };

function show(text) {
  message.textContent = text;
  message.hidden = !text;
}

function formUrl(formId) {
  return `${base}/forms/${encodeURIComponent(formId)}.pdf`;
}

function ageOn(birthDate, day) {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

function person(ref) {
  if (ref === 'resident') return '本人';
  const index = Number(ref.replace(/\D/g, ''));
  const member = (checklist.household || [])[index];
  if (!member) return ref;
  const label = member.deceased ? '亡くなった方' : text('relationship.' + member.relationship);
  return `${label}（${ageOn(member.birthDate, visit.visitDate)}歳）`;
}

async function change(item, body) {
  try {
    checklist = await api(`${base}/checklist/items/${encodeURIComponent(item.id)}`, {
      method: 'PATCH', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ version: item.version, ...body }),
    });
    show('');
    render();
  } catch (e) {
    show(e.message);
    await reload(false);
  }
}

function statusButtons(item, notNeededForm) {
  return el('div', { class: 'status', role: 'group', 'aria-label': `${item.name.ja} の状況` },
    STATUSES.map(([status, label]) => {
      const button = el('button', { type: 'button', 'aria-pressed': String(item.status === status) }, label);
      button.addEventListener('click', () => {
        if (status === 'not-needed') {
          notNeededForm.hidden = false;
          notNeededForm.querySelector('input').focus();
        } else {
          change(item, { status });
        }
      });
      return button;
    }));
}

function notNeededForm(item) {
  const input = el('input', { type: 'text', maxlength: '500', required: '', 'aria-label': '不要とする理由',
    placeholder: '不要とする理由（例: 勤務先で手続き済み）' });
  input.value = item.notNeededReason || '';
  const form = el('form', { class: 'inline' }, input, el('button', { class: 'secondary', type: 'submit' }, '不要として確定'));
  form.hidden = true;
  form.addEventListener('submit', event => {
    event.preventDefault();
    change(item, { status: 'not-needed', notNeededReason: input.value });
  });
  return form;
}

function noteForm(item) {
  const area = el('textarea', { maxlength: '2000', 'aria-label': `${item.name.ja} のメモ`, placeholder: 'メモ' });
  area.value = item.note || '';
  const form = el('form', { class: 'inline' }, area, el('button', { class: 'secondary', type: 'submit' }, 'メモを保存'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    change(item, { note: area.value });
  });
  return form;
}

function itemCard(item) {
  const notNeeded = notNeededForm(item);
  const facts = [];
  if (item.concerns.length) facts.push(el('dt', {}, '対象'), el('dd', {}, item.concerns.map(person).join('、')));
  if (item.deadline) facts.push(el('dt', {}, '期限'), el('dd', {}, item.deadline.ja));
  if (item.bring.length) {
    facts.push(el('dt', {}, '持ち物'), el('dd', {}, el('ul', {}, item.bring.map(b => el('li', {}, b.text.ja)))));
  }
  if (item.status === 'not-needed' && item.notNeededReason) {
    facts.push(el('dt', {}, '不要の理由'), el('dd', {}, item.notNeededReason));
  }
  return el('article', { class: 'item', 'data-status': item.status, 'data-item': item.id },
    el('h3', {}, item.name.ja,
      item.certainty === 'to-confirm' ? el('span', { class: 'badge confirm' }, '要確認') : null,
      hasText('origin.' + item.origin) ? el('span', { class: 'badge origin' }, text('origin.' + item.origin)) : null),
    el('p', { class: 'reason' }, item.reason.ja),
    facts.length ? el('dl', {}, facts) : null,
    item.forms.length ? el('div', {}, item.forms.map(formId => el('a', {
      class: 'pdf', href: formUrl(formId), target: '_blank', rel: 'noopener',
    }, `印刷: ${FORMS[formId] || formId}`))) : null,
    statusButtons(item, notNeeded),
    notNeeded,
    noteForm(item),
    el('div', { class: 'meta' }, `更新 ${timeOfDay(item.updatedAt)} ${item.updatedBy}`));
}

function questionBlock(question) {
  const buttons = question.choices.map(choice => {
    const button = el('button', { type: 'button', class: 'secondary' }, choice.text.ja);
    button.addEventListener('click', () => answer(question.id, choice.value));
    return button;
  });
  return el('div', { class: 'question' },
    el('p', {}, question.clerkText ? question.clerkText.ja : question.text.ja),
    question.type === 'household'
      ? el('p', { class: 'sub' }, '世帯の入力は対面受付の画面で行います。')
      : el('div', { class: 'inline', role: 'group', 'aria-label': question.text.ja }, buttons));
}

async function answer(questionId, value) {
  try {
    checklist = await api(`${base}/checklist/facts`, {
      method: 'PUT', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ version: checklist.version, answers: { ...checklist.answers, [questionId]: value },
        household: checklist.household, myNumberCardRead: checklist.myNumberCardRead }),
    });
    show('');
    render();
  } catch (e) {
    show(e.message);
    await reload(false);
  }
}

function fillAddForms() {
  const onList = new Set(checklist.departments.flatMap(d => d.items.map(i => i.id)));
  const select = document.getElementById('add-procedure');
  select.replaceChildren(...catalog.departments.map(d => el('optgroup', { label: d.name.ja },
    catalog.procedures.filter(p => p.departmentId === d.id && !onList.has(p.id))
      .map(p => el('option', { value: p.id }, p.name.ja)))));
  document.getElementById('custom-department').replaceChildren(
    ...catalog.departments.map(d => el('option', { value: d.id }, d.name.ja)));
}

function render() {
  const p = checklist.progress;
  document.getElementById('progress').textContent = `完了 ${p.done} / ${p.total}（残り ${p.open}）`;
  document.getElementById('departments').replaceChildren(...checklist.departments.map((d, i) =>
    el('section', { class: 'card department', 'aria-labelledby': `dept-${d.id}` },
      el('h2', { id: `dept-${d.id}` }, el('span', { class: 'step', 'aria-hidden': 'true' }, String(i + 1)), d.name.ja),
      d.items.map(itemCard))));
  const questions = checklist.openQuestions || [];
  document.getElementById('questions').hidden = questions.length === 0;
  document.getElementById('question-list').replaceChildren(...questions.map(questionBlock));
  fillAddForms();
}

async function reload(clearMessage = true) {
  try {
    checklist = await api(`${base}/checklist`);
    if (clearMessage) show('');
    render();
  } catch (e) {
    show(`チェックリストを読み込めませんでした: ${e.message}`);
  }
}

async function add(body) {
  try {
    checklist = await api(`${base}/checklist/items`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
    });
    show('');
    render();
  } catch (e) {
    show(e.message);
  }
}

document.getElementById('add-catalog').addEventListener('submit', event => {
  event.preventDefault();
  add({ procedureId: document.getElementById('add-procedure').value });
});
document.getElementById('add-custom').addEventListener('submit', event => {
  event.preventDefault();
  const name = document.getElementById('custom-name');
  add({ name: name.value, departmentId: document.getElementById('custom-department').value }).then(() => { name.value = ''; });
});
document.getElementById('reload').addEventListener('click', () => reload());

async function start() {
  if (!visitId) {
    show('来庁者が指定されていません。来庁者一覧から開いてください。');
    return;
  }
  try {
    [visit, catalog] = await Promise.all([api(base), api('/api/navigation/catalog')]);
    for (const form of await api('/api/forms')) FORMS[form.id] = form.title;
  } catch (e) {
    show(`来庁者を読み込めませんでした: ${e.message}`);
    return;
  }
  document.getElementById('ticket').textContent = visit.ticketNumber;
  document.getElementById('who').textContent = `${visit.resident.name} 様`;
  document.getElementById('what').textContent =
    `${LIFE_EVENTS[visit.lifeEvent] || visit.lifeEvent}・受付 ${timeOfDay(visit.checkedInAt)}`;
  const all = document.getElementById('print-all');
  all.href = `${base}/forms/all.pdf`;
  all.hidden = false;
  await reload();
}

start();
// Colleagues work the same visit: refresh while nobody is typing here.
setInterval(() => {
  const typing = ['INPUT', 'TEXTAREA', 'SELECT'].includes(document.activeElement?.tagName);
  if (checklist && !typing) reload(false);
}, 20000);
