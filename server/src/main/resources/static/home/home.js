// The resident's home page: life event, basic four facts, the navigation questions one at a time, then a
// QR code made by the server (POST /api/home-qr). Nothing is kept in the browser: no storage, no cookies
// of our own; the code lives in this page until it is closed.
import { csrfHeaders } from '/js/csrf.js';

// Texts: ja, やさしい日本語 (furigana written {漢字|かんじ}), English.
const TEXTS = {
  ja: {
    skip: '本文へ', title: '来庁前の事前入力', bigger: '文字を大きく',
    intro: '市役所に来る前に、手続きに必要なことをここで入力すると、QRコードができます。窓口の受付機にかざすと、紙に書かずに受付できます。入力した内容はQRコードを作るためだけに使い、市役所のサーバーには保存しません。',
    stepEvent: '1. ご用件', eventQuestion: 'どの手続きで来庁されますか。', next: '次へ', back: '戻る',
    stepPerson: '2. 来庁される方', name: '氏名', nameHint: '住民票のとおりに（例: 山田 太郎）', kana: 'フリガナ',
    optional: '（任意）', address: '住所', addressHint: '住民票のある今の住所を、建物名・部屋番号まで（引っ越しの方は、新しい住所を下で選びます）',
    moveTitle: '引っ越し先（わかる方だけ）', moveHint: 'この町の新しい住所を一覧から選びます。わからなければ空欄のまま。受付機でも選べます。',
    moveDate: '引っ越した日（引っ越す日）', moveTown: '町名・丁目', moveBlock: '番', moveResidence: '号', moveChiban: '地番',
    moveBuilding: '建物名・部屋番号', householder: '世帯主',
    birthDate: '生年月日', sex: '性別', male: '男性', female: '女性', sexNotSaid: '回答しない',
    stepQuestions: '3. 質問', add: '家族を追加', remove: 'この人を削除', member: '人目', relationship: '続柄',
    memberName: '氏名（任意）', memberKana: 'フリガナ（任意）', memberSex: '性別（任意）', notSaid: '—',
    deceased: '亡くなった方', alone: '一緒に住む家族がいないときは、そのまま「次へ」を押してください。',
    spouse: '配偶者（夫・妻）', child: '子', parent: '親', grandchild: '孫', other: 'その他',
    stepCode: 'QRコードができました', making: 'QRコードを作っています…',
    codeHow: '窓口の受付機の読み取り口に、この画面のQRコードをかざしてください。画像を保存するか、印刷して持って来ることもできます。',
    qrAlt: '受付用のQRコード', expires: '有効期限', until: 'まで',
    codePrivacy: 'QRコードには、あなたの氏名・住所・生年月日が入っています。ほかの人に見せたり送ったりしないでください。',
    save: '画像を保存', print: '印刷', again: '最初から', procedure: '手続き',
    required: '「{field}」を入力してください。', chooseEvent: 'ご用件を選んでください。', chooseAnswer: 'どれか一つを選んでください。',
    memberMissing: '{n}人目の続柄と生年月日を入力してください。', oneDeceased: '亡くなった方は一人だけ選んでください。',
    check: '「{field}」を確認してください。', network: '通信できませんでした。電波の良いところで、もう一度お試しください。',
    tooMuch: '家族の人数が多く、QRコードに入りきりません。家族のフリガナや氏名を省いてください。',
  },
  easy: {
    skip: '{本文|ほんぶん}へ', title: '{市役所|しやくしょ}に {来|く}る {前|まえ}に {入力|にゅうりょく}する', bigger: '{字|じ}を {大|おお}きく',
    intro: '{市役所|しやくしょ}に {来|く}る {前|まえ}に、ここに {入力|にゅうりょく}すると、QRコードが できます。{市役所|しやくしょ}の {機械|きかい}に QRコードを {見|み}せると、{紙|かみ}に {書|か}かなくて いいです。{入力|にゅうりょく}した ことは、{市役所|しやくしょ}に {残|のこ}りません。',
    stepEvent: '1. {何|なん}の {手続|てつづ}きですか', eventQuestion: 'どれですか。{一|ひと}つ {選|えら}んで ください。',
    next: 'つぎへ', back: 'もどる',
    stepPerson: '2. あなたの こと', name: '{名前|なまえ}', nameHint: '{住民票|じゅうみんひょう}と {同|おな}じ {名前|なまえ}（れい: {山田|やまだ} {太郎|たろう}）',
    kana: '{名前|なまえ}の カタカナ', optional: '（なくても いいです）', address: '{住所|じゅうしょ}',
    addressHint: '{今|いま}の {住所|じゅうしょ}。{建物|たてもの}の {名前|なまえ}と {部屋|へや}の {番号|ばんごう}も（{引|ひ}っ{越|こ}す {人|ひと}は、{新|あたら}しい {住所|じゅうしょ}を {下|した}で {選|えら}びます）',
    moveTitle: '{新|あたら}しい {住所|じゅうしょ}（わかる {人|ひと}だけ）', moveHint: 'わからなければ {空|から}の ままで いいです。{機械|きかい}でも {選|えら}べます。',
    moveDate: '{引|ひ}っ{越|こ}した {日|ひ}', moveTown: '{町|まち}の {名前|なまえ}', moveBlock: '{番|ばん}', moveResidence: '{号|ごう}',
    moveChiban: '{地番|ちばん}', moveBuilding: '{建物|たてもの}と {部屋|へや}', householder: '{世帯主|せたいぬし}',
    birthDate: '{生|う}まれた {日|ひ}', sex: '{性別|せいべつ}', male: '{男|おとこ}', female: '{女|おんな}', sexNotSaid: '{答|こた}えない',
    stepQuestions: '3. {質問|しつもん}', add: '{家族|かぞく}を {増|ふ}やす', remove: 'この {人|ひと}を {消|け}す', member: '{人目|にんめ}',
    relationship: 'あなたとの {関係|かんけい}', memberName: '{名前|なまえ}（なくても いいです）',
    memberKana: 'カタカナ（なくても いいです）', memberSex: '{性別|せいべつ}（なくても いいです）', notSaid: '—',
    deceased: '{亡|な}くなった {人|ひと}', alone: '{一緒|いっしょ}に {住|す}む {家族|かぞく}が いない ときは、「つぎへ」を {押|お}して ください。',
    spouse: '{夫|おっと}・{妻|つま}', child: '{子|こ}ども', parent: '{親|おや}', grandchild: '{孫|まご}', other: 'その{他|ほか}',
    stepCode: 'QRコードが できました', making: 'QRコードを {作|つく}って います…',
    codeHow: '{市役所|しやくしょ}の {機械|きかい}に、この QRコードを {見|み}せて ください。{画像|がぞう}を {保存|ほぞん}しても、{印刷|いんさつ}しても いいです。',
    qrAlt: '{受付|うけつけ}の QRコード', expires: '{使|つか}える {日|ひ}', until: 'まで',
    codePrivacy: 'QRコードには あなたの {名前|なまえ}・{住所|じゅうしょ}・{生|う}まれた {日|ひ}が {入|はい}って います。ほかの {人|ひと}に {見|み}せないで ください。',
    save: '{画像|がぞう}を {保存|ほぞん}', print: '{印刷|いんさつ}', again: 'はじめから', procedure: '{手続|てつづ}き',
    required: '「{field}」を {入力|にゅうりょく}して ください。', chooseEvent: '{一|ひと}つ {選|えら}んで ください。',
    chooseAnswer: '{一|ひと}つ {選|えら}んで ください。', memberMissing: '{n}{人目|にんめ}の {関係|かんけい}と {生|う}まれた {日|ひ}を {入力|にゅうりょく}して ください。',
    oneDeceased: '{亡|な}くなった {人|ひと}は {一人|ひとり}だけです。', check: '「{field}」を もう {一度|いちど} {見|み}て ください。',
    network: '{通信|つうしん}が できません。もう {一度|いちど} やって ください。',
    tooMuch: '{家族|かぞく}が {多|おお}くて QRコードに {入|はい}りません。{家族|かぞく}の {名前|なまえ}を {減|へ}らして ください。',
  },
  en: {
    skip: 'Skip to content', title: 'Prepare your visit', bigger: 'Larger text',
    intro: 'Enter what your procedure needs before you come to the town hall and get a QR code. Show it at the reception kiosk: no forms to write. What you enter is used only to make the code; the town hall\'s server does not keep it.',
    stepEvent: '1. Your reason for visiting', eventQuestion: 'Which procedure are you coming for?', next: 'Next', back: 'Back',
    stepPerson: '2. About you', name: 'Name', nameHint: 'As on your residence record (例: 山田 太郎, or your name in capital letters)',
    kana: 'Name in katakana', optional: '(optional)', address: 'Address',
    addressHint: 'Your current registered address, with building name and room number (if you move here, choose the new one below)',
    moveTitle: 'Your new address (if you know it)', moveHint: 'Choose it from the town\'s list, or leave it empty and choose it at the kiosk.',
    moveDate: 'Date of the move', moveTown: 'Town area', moveBlock: 'Block (番)', moveResidence: 'House number (号)',
    moveChiban: 'Lot number (地番)', moveBuilding: 'Building and room', householder: 'Head of household',
    birthDate: 'Date of birth', sex: 'Sex', male: 'Male', female: 'Female', sexNotSaid: 'Prefer not to say',
    stepQuestions: '3. Questions', add: 'Add a person', remove: 'Remove this person', member: '', relationship: 'Relationship to you',
    memberName: 'Name (optional)', memberKana: 'Katakana (optional)', memberSex: 'Sex (optional)', notSaid: '—',
    deceased: 'The person who died', alone: 'If nobody lives with you, just press "Next".',
    spouse: 'Husband or wife', child: 'Child', parent: 'Parent', grandchild: 'Grandchild', other: 'Other',
    stepCode: 'Your QR code is ready', making: 'Making your QR code…',
    codeHow: 'Hold this QR code to the scanner of the reception kiosk. You can also save the image or print it.',
    qrAlt: 'QR code for reception', expires: 'Valid', until: '',
    codePrivacy: 'The code holds your name, address and date of birth. Do not show or send it to anyone else.',
    save: 'Save image', print: 'Print', again: 'Start over', procedure: 'Procedure',
    required: 'Please enter "{field}".', chooseEvent: 'Please choose one.', chooseAnswer: 'Please choose one answer.',
    memberMissing: 'Person {n}: please enter the relationship and date of birth.',
    oneDeceased: 'Only one person can be the one who died.', check: 'Please check "{field}".',
    network: 'Could not connect. Please try again where the signal is better.',
    tooMuch: 'Too many people to fit in one QR code: please leave out family members\' names or katakana.',
  },
};
// The life events are the town pack's (GET /api/town), in its order and with its texts ("choice"): a town's own
// event appears here without a code change, worded as at the kiosk.
const EVENTS = await fetch('/api/town').then(r => r.json()).then(town => town.lifeEvents);
function eventText(id) {
  const choice = EVENTS.find(e => e.id === id)?.choice ?? {};
  return choice[lang] ?? choice.ja ?? id;
}
const eventOf = id => EVENTS.find(e => e.id === id) ?? {};
// The town's address master (町字 with their 丁目), for a move into or within the town; without it the kiosk asks.
const TOWN = await fetch('/api/addresses/town').then(r => (r.ok ? r.json() : null)).catch(() => null);
const RELATIONSHIPS = ['spouse', 'child', 'parent', 'grandchild', 'other'];
const MAX_MEMBERS = 9;

let lang = 'ja';
let state = fresh();

function fresh() {
  return { event: null, answers: {}, household: null, history: [], question: null };
}

const $ = id => document.getElementById(id);
const escape = text => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// {漢字|かんじ} → <ruby> in やさしい日本語, the plain kanji otherwise (the same markup as the catalog's).
function rich(marked) {
  const withRuby = lang === 'easy';
  return escape(marked).replace(/\{([^{}|]+)\|([^{}|]+)\}/g, (m, base, reading) =>
    withRuby ? `<ruby>${base}<rt>${reading}</rt></ruby>` : base);
}
function plain(marked) {
  return marked.replace(/\{([^{}|]+)\|([^{}|]+)\}/g, '$1');
}
function t(key, values = {}) {
  let text = TEXTS[lang][key] ?? TEXTS.ja[key] ?? key;
  for (const [name, value] of Object.entries(values)) text = text.replace(`{${name}}`, value);
  return text;
}
function setText(element, key, values) {
  element.innerHTML = rich(t(key, values));
}
function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (key === 'html') element.innerHTML = value; else element.setAttribute(key, value === true ? '' : value);
  }
  element.append(...children.flat().filter(c => c !== null && c !== undefined));
  return element;
}

// ---- language and text size ----
function applyLanguage() {
  document.documentElement.lang = lang === 'en' ? 'en' : 'ja';
  document.title = `${plain(t('title'))} — 書かない窓口`;
  document.querySelectorAll('[data-t]').forEach(node => setText(node, node.dataset.t));
  document.querySelectorAll('#languages button').forEach(b => b.setAttribute('aria-pressed', String(b.dataset.lang === lang)));
  renderEvents();
  if (!$('step-questions').hidden && state.question) renderQuestion(state.question);
  if (!$('step-code').hidden && state.issued) renderCode();
}
$('languages').addEventListener('click', event => {
  const button = event.target.closest('button[data-lang]');
  if (!button) return;
  lang = button.dataset.lang;
  applyLanguage();
});
$('bigger').addEventListener('click', () => {
  const on = document.documentElement.classList.toggle('bigger');
  $('bigger').setAttribute('aria-pressed', String(on));
});

// ---- steps ----
function show(step) {
  for (const id of ['step-event', 'step-person', 'step-questions', 'step-code']) $(id).hidden = id !== step;
  clearError();
  $(step).querySelector('h2').focus();
}
function clearError() {
  $('error').textContent = '';
  document.querySelectorAll('[aria-invalid="true"]').forEach(node => node.removeAttribute('aria-invalid'));
}
function fail(messageHtml, field) {
  $('error').innerHTML = messageHtml;
  if (field) {
    field.setAttribute('aria-invalid', 'true');
    field.focus();
  } else {
    $('error').focus();
  }
}
document.querySelectorAll('[data-back]').forEach(button => button.addEventListener('click', () => show(button.dataset.back)));

// 1. life event
function renderEvents() {
  $('events').replaceChildren(...EVENTS.map(({ id }) => el('label', {},
    el('input', { type: 'radio', name: 'event', value: id, checked: state.event === id }),
    el('span', { html: rich(eventText(id)) }))));
}
$('event-next').addEventListener('click', () => {
  const chosen = document.querySelector('input[name=event]:checked');
  if (!chosen) return fail(rich(t('chooseEvent')), document.querySelector('input[name=event]'));
  if (state.event !== chosen.value) {
    state.answers = {};
    state.household = null;
    state.history = [];
  }
  state.event = chosen.value;
  const move = eventOf(state.event).move;
  $('move').hidden = !TOWN || !(move === 'in' || move === 'within');
  show('step-person');
});

// 2. the resident
function person() {
  return {
    name: $('name').value.trim(), kana: $('kana').value.trim() || null, address: $('address').value.trim(),
    birthDate: $('birth').value, sex: document.querySelector('input[name=sex]:checked')?.value,
  };
}
$('person-next').addEventListener('click', async () => {
  const p = person();
  for (const [key, input] of [['name', $('name')], ['address', $('address')], ['birthDate', $('birth')]]) {
    if (!p[key]) return fail(rich(t('required', { field: t(key) })), input);
  }
  if (!p.sex) return fail(rich(t('required', { field: t('sex') })), document.querySelector('input[name=sex]'));
  await nextQuestion();
});

// The new address: a 町字 of the town's list, then 番 and 号 (住居表示) or a 地番, and the building.
function renderTownChoices() {
  if (!TOWN) return;
  const options = [el('option', { value: '' }, '—')];
  for (const entry of TOWN.machiaza) {
    const places = entry.chome.length === 0 ? [{ id: entry.id, name: entry.name, residential: entry.residential }]
      : entry.chome.map(c => ({ id: entry.id, chome: c.number, name: entry.name + c.name, residential: c.residential }));
    for (const place of places) {
      options.push(el('option', { value: JSON.stringify({ machiazaId: place.id, chome: place.chome ?? null }),
        'data-residential': String(place.residential) }, place.name));
    }
  }
  $('move-town').replaceChildren(...options);
}
function showNumbers() {
  const chosen = $('move-town').selectedOptions[0];
  const residential = !chosen || chosen.value === '' || chosen.dataset.residential === 'true';
  $('move-numbers').hidden = !residential;
  $('move-parcel').hidden = residential;
}
$('move-town').addEventListener('change', showNumbers);
function move() {
  if ($('move').hidden) return null;
  const date = $('move-date').value || null;
  const town = $('move-town').value;
  if (!date && !town) return null;
  let newAddress = null;
  if (town) {
    const place = JSON.parse(town);
    const number = id => ($(id).value.trim() === '' ? null : Number($(id).value.trim()));
    newAddress = { machiazaId: place.machiazaId, chome: place.chome, building: $('move-building').value.trim() || null };
    if ($('move-parcel').hidden) {
      Object.assign(newAddress, { block: number('move-block'), residence: number('move-residence') });
    } else {
      newAddress.chiban = $('move-chiban').value.trim() || null;
    }
  }
  return { date, newAddress };
}
renderTownChoices();
showNumbers();

// 3. the questions, one at a time: each answer can make later ones unnecessary.
async function nextQuestion() {
  try {
    const answer = await post('/api/home-qr/questions', {
      lifeEvent: state.event, birthDate: person().birthDate, answers: state.answers, household: household(),
    });
    if (!answer) return;
    if (answer.questions.length === 0) return issue();
    state.question = answer.questions[0];
    renderQuestion(state.question);
    show('step-questions');
  } catch (e) {
    fail(rich(t('network')));
  }
}
function questionText(q) {
  return lang === 'easy' ? q.rubyHtml : escape(lang === 'en' ? q.text.en : q.text.ja);
}
function choiceText(c) {
  return lang === 'easy' ? c.rubyHtml : escape(lang === 'en' ? c.text.en : c.text.ja);
}
function renderQuestion(q) {
  const box = $('question');
  box.dataset.question = q.id;
  if (q.type === 'household') {
    if (state.household === null) state.household = [];
    box.replaceChildren(el('p', { class: 'legend', id: 'q-text', html: questionText(q) }),
      el('p', { class: 'hint', html: rich(t('alone')) }),
      el('div', { id: 'members' }),
      el('button', { type: 'button', class: 'secondary', id: 'add-member', html: rich(t('add')) }));
    renderMembers();
    $('add-member').addEventListener('click', () => {
      readMembers();
      if (state.household.length >= MAX_MEMBERS) return;
      state.household.push({ relationship: '', birthDate: '', name: '', kana: '', sex: '', deceased: false,
        householder: false });
      renderMembers();
      document.querySelector('#members .member:last-child select').focus();
    });
    return;
  }
  const help = q.help ? (lang === 'en' ? q.help.en : q.help.ja) : null;
  box.replaceChildren(el('fieldset', {},
    el('legend', { id: 'q-text', html: questionText(q) }),
    help ? el('p', { class: 'hint', html: escape(help) }) : null,
    el('div', { class: 'choices' }, q.choices.map(c => el('label', {},
      el('input', { type: 'radio', name: 'answer', value: c.value, checked: state.answers[q.id] === c.value }),
      el('span', { html: choiceText(c) }))))));
}
function renderMembers() {
  $('members').replaceChildren(...state.household.map((m, i) => {
    const id = name => `m${i}-${name}`;
    const heading = lang === 'en' ? `Person ${i + 1}` : `${i + 1}${t('member')}`;
    return el('div', { class: 'member', role: 'group', 'aria-labelledby': id('h') },
      el('h3', { id: id('h'), html: rich(heading) }),
      el('div', { class: 'row' },
        el('div', {}, el('label', { for: id('relationship'), html: rich(t('relationship')) }),
          el('select', { id: id('relationship'), required: true },
            el('option', { value: '' }, '—'),
            RELATIONSHIPS.map(r => el('option', { value: r, selected: m.relationship === r }, plain(t(r)))))),
        el('div', {}, el('label', { for: id('birth'), html: rich(t('birthDate')) }),
          el('input', { id: id('birth'), type: 'date', min: '1873-01-01', required: true, value: m.birthDate }))),
      el('label', { for: id('name'), html: rich(t('memberName')) }),
      el('input', { id: id('name'), maxlength: 80, autocomplete: 'off', value: m.name }),
      el('label', { for: id('kana'), html: rich(t('memberKana')) }),
      el('input', { id: id('kana'), maxlength: 120, autocomplete: 'off', value: m.kana }),
      el('label', { for: id('sex'), html: rich(t('memberSex')) }),
      el('select', { id: id('sex') }, el('option', { value: '' }, t('notSaid')),
        el('option', { value: '1', selected: m.sex === '1' }, plain(t('male'))),
        el('option', { value: '2', selected: m.sex === '2' }, plain(t('female')))),
      eventOf(state.event).deceasedMember ? el('label', { class: 'check' },
        el('input', { type: 'checkbox', id: id('deceased'), checked: m.deceased }),
        el('span', { html: rich(t('deceased')) })) : null,
      el('label', { class: 'check' },
        el('input', { type: 'checkbox', id: id('householder'), checked: m.householder }),
        el('span', { html: rich(t('householder')) })),
      el('button', { type: 'button', class: 'secondary', 'data-remove': i, html: rich(t('remove')) }));
  }));
  $('members').querySelectorAll('[data-remove]').forEach(button => button.addEventListener('click', () => {
    readMembers();
    state.household.splice(Number(button.dataset.remove), 1);
    renderMembers();
    $('add-member').focus();
  }));
}
function readMembers() {
  state.household = state.household.map((m, i) => ({
    relationship: $(`m${i}-relationship`).value, birthDate: $(`m${i}-birth`).value, name: $(`m${i}-name`).value.trim(),
    kana: $(`m${i}-kana`).value.trim(), sex: $(`m${i}-sex`).value, deceased: $(`m${i}-deceased`)?.checked ?? false,
    householder: $(`m${i}-householder`).checked,
  }));
}
function household() {
  if (state.household === null) return null;
  return state.household.map(m => ({
    relationship: m.relationship, birthDate: m.birthDate, deceased: m.deceased,
    name: m.name || null, kana: m.kana || null, sex: m.sex || null, householder: Boolean(m.householder),
  }));
}
$('question-next').addEventListener('click', async () => {
  const q = state.question;
  if (q.type === 'household') {
    readMembers();
    const missing = state.household.findIndex(m => !m.relationship || !m.birthDate);
    if (missing >= 0) {
      return fail(rich(t('memberMissing', { n: missing + 1 })),
        $(state.household[missing].relationship ? `m${missing}-birth` : `m${missing}-relationship`));
    }
    if (state.household.filter(m => m.deceased).length > 1) return fail(rich(t('oneDeceased')));
  } else {
    const chosen = document.querySelector('input[name=answer]:checked');
    if (!chosen) return fail(rich(t('chooseAnswer')), document.querySelector('input[name=answer]'));
    state.answers[q.id] = chosen.value;
  }
  state.history.push(q.id);
  await nextQuestion();
});
$('question-back').addEventListener('click', async () => {
  const previous = state.history.pop();
  if (previous === undefined) return show('step-person');
  if (previous === 'household') state.household = null; else delete state.answers[previous];
  await nextQuestion();
});

// 4. the code
async function issue() {
  const p = person();
  $('status').innerHTML = rich(t('making'));
  try {
    const answer = await post('/api/home-qr', {
      lifeEvent: state.event,
      resident: { name: p.name, kana: p.kana, address: p.address, birthDate: p.birthDate, sex: p.sex },
      answers: state.answers, household: household(), move: move(),
    });
    $('status').textContent = '';
    if (!answer) return;
    state.issued = answer;
    renderCode();
    show('step-code');
  } catch (e) {
    $('status').textContent = '';
    fail(rich(t('network')));
  }
}
function renderCode() {
  const issued = state.issued;
  const p = person();
  $('qr').src = issued.svg;
  $('qr').alt = plain(t('qrAlt'));
  $('qr').dataset.payload = issued.payload;
  $('save').href = issued.png;
  const when = new Date(issued.expiresAt);
  const date = lang === 'en'
    ? when.toLocaleString('en-GB', { timeZone: 'Asia/Tokyo', dateStyle: 'long', timeStyle: 'short' })
    : new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { timeZone: 'Asia/Tokyo', era: 'long', year: 'numeric',
      month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(when);
  $('expires').innerHTML = `${rich(t('expires'))}: ${escape(date)}${rich(t('until'))}`;
  $('summary').replaceChildren(
    el('dt', { html: rich(t('procedure')) }), el('dd', { html: rich(eventText(state.event)) }),
    el('dt', { html: rich(t('name')) }), el('dd', {}, p.name),
    el('dt', { html: rich(t('address')) }), el('dd', {}, p.address),
    el('dt', { html: rich(t('birthDate')) }), el('dd', {}, p.birthDate),
    ...movedTo());
}
// The new home as chosen (the server composed the same from the town's list when it made the code).
function movedTo() {
  const chosen = move();
  if (!chosen || !chosen.newAddress) return [];
  const a = chosen.newAddress;
  const number = a.chiban ? `${a.chiban}` : `${a.block ?? ''}-${a.residence ?? ''}`;
  const where = `${$('move-town').selectedOptions[0].textContent} ${number} ${a.building ?? ''}`.trim();
  return [el('dt', { html: rich(t('moveTitle')) }), el('dd', {}, `${where}${chosen.date ? ` (${chosen.date})` : ''}`)];
}
$('print').addEventListener('click', () => window.print());
$('again').addEventListener('click', () => {
  state = fresh();
  for (const id of ['name', 'kana', 'address', 'birth', 'move-date', 'move-block', 'move-residence', 'move-chiban',
    'move-building']) $(id).value = '';
  $('move-town').value = '';
  document.querySelectorAll('input[type=radio]').forEach(r => { r.checked = false; });
  $('qr').removeAttribute('src');
  $('save').href = '#';
  renderEvents();
  show('step-event');
});

// The server's refusals name the field ({"error", "field"}): point at it in the resident's language.
const FIELD_INPUTS = {
  'resident.name': ['name', 'name'], 'resident.kana': ['kana', 'kana'], 'resident.address': ['address', 'address'],
  'resident.birthDate': ['birth', 'birthDate'], birthDate: ['birth', 'birthDate'], 'resident.sex': [null, 'sex'],
  move: ['move-town', 'moveTown'], 'move.date': ['move-date', 'moveDate'],
  'move.newAddress.machiazaId': ['move-town', 'moveTown'], 'move.newAddress.chome': ['move-town', 'moveTown'],
  'move.newAddress.block': ['move-block', 'moveBlock'], 'move.newAddress.residence': ['move-residence', 'moveResidence'],
  'move.newAddress.chiban': ['move-chiban', 'moveChiban'], 'move.newAddress.building': ['move-building', 'moveBuilding'],
};
async function post(path, body) {
  const response = await fetch(path, {
    method: 'POST', credentials: 'same-origin', cache: 'no-store',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...csrfHeaders() },
    body: JSON.stringify(body),
  });
  if (response.ok) return response.json();
  let problem = {};
  try { problem = await response.json(); } catch (ignored) { /* not JSON */ }
  showProblem(problem);
  return null;
}
function showProblem(problem) {
  const field = problem.field || '';
  const detail = problem.error ? ` <span lang="en">(${escape(problem.error)})</span>` : '';
  const known = FIELD_INPUTS[field];
  if (known) {
    show('step-person');
    return fail(rich(t('check', { field: t(known[1]) })) + detail,
      known[0] ? $(known[0]) : document.querySelector('input[name=sex]'));
  }
  const member = /^household\[(\d+)\]/.exec(field);
  if (member) return fail(rich(t('memberMissing', { n: Number(member[1]) + 1 })) + detail);
  if (field === 'household') return fail(rich(t('tooMuch')) + detail);
  fail(escape(problem.error || t('network')));
}

applyLanguage();
$('birth').max = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' });
