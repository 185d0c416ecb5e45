import { el } from '/js/labels.js';

// The resident's confirmation, shared by the clerk's overlay and the second-screen page: the data as the
// forms will print it, in large type; characters no font has (printed as 〓) are marked for the clerk to
// check against the card.

function marked(text, flagged) {
  let parts = [String(text)];
  for (const f of flagged) {
    parts = parts.flatMap(part => {
      if (typeof part !== 'string' || !part.includes(f.character)) return [part];
      const pieces = part.split(f.character);
      return pieces.flatMap((piece, i) => i === 0 ? [piece]
        : [el('mark', { class: 'gaiji', title: `帳票では 〓 と印字されます（${f.codePoints}）` }, f.character), piece]);
    });
  }
  return parts.filter(p => p !== '');
}

function rows(list, flagged) {
  return el('dl', { class: 'confirm-rows' }, list.flatMap(r => [
    el('dt', {}, r.label),
    el('dd', { 'data-field': r.field }, marked(r.value, flagged)),
  ]));
}

// Required boxes still blank on the forms: the clerk fills them in, or prints and they are written by hand.
function blanksSection(blanks) {
  if (blanks.length === 0) return null;
  return el('section', { class: 'confirm-blanks', 'aria-labelledby': 'confirm-blanks' },
    el('h3', { id: 'confirm-blanks' }, `まだ空いている欄（${blanks.length}か所）`),
    el('p', {}, '次の欄は書類に必要ですが、まだ決まっていません。窓口でお伺いするか、印刷後に手書きで補います。'),
    el('ul', { class: 'blank-list' }, blanks.map(b => el('li', { 'data-field': `${b.formId}:${b.field}` },
      `${b.form}：${b.label}`))));
}

export function renderConfirmation(container, c) {
  const flagged = c.flagged || [];
  const warning = flagged.length === 0 ? null : el('div', { class: 'gaiji-warning', role: 'note' },
    el('p', {}, '帳票に印字できない文字があります（〓 と印字されます）。カードと照らし合わせ、手書きで補ってください。'),
    el('ul', {}, flagged.map(f => el('li', {}, el('mark', { class: 'gaiji' }, f.character), ` ${f.codePoints}`))));
  container.replaceChildren(...[
    el('h2', { id: 'confirm-heading' }, '内容のご確認'),
    el('p', { class: 'confirm-lead' }, `受付番号 ${c.ticketNumber}　${c.heading}`),
    el('p', { class: 'confirm-ask' }, 'この内容で書類を印刷します。お名前・ご住所・生年月日にまちがいがないか、ご確認ください。'),
    warning,
    el('section', { 'aria-labelledby': 'confirm-resident' },
      el('h3', { id: 'confirm-resident' }, 'お客さまの情報'), rows(c.resident, flagged)),
    el('section', { 'aria-labelledby': 'confirm-move' },
      el('h3', { id: 'confirm-move' }, '異動・世帯主'), rows(c.move, flagged)),
    el('section', { 'aria-labelledby': 'confirm-household' },
      el('h3', { id: 'confirm-household' }, `世帯の方（${c.household.length}人）`),
      el('table', { class: 'confirm-household' },
        el('thead', {}, el('tr', {}, ['氏名', 'フリガナ', '生年月日', '性別', '続柄'].map(h => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, c.household.map(p => el('tr', {},
          el('td', {}, marked(p.name, flagged)), el('td', {}, marked(p.kana, flagged)), el('td', {}, p.birthDate),
          el('td', {}, p.sex), el('td', {}, p.relationship)))))),
    blanksSection(c.blanks || []),
    el('section', { 'aria-labelledby': 'confirm-forms' },
      el('h3', { id: 'confirm-forms' }, `印刷する書類（${c.forms.length}枚、回る順）`),
      el('ol', { class: 'confirm-forms' }, c.forms.map(f => el('li', {}, `${f.title}（${f.department}）`)))),
    c.confirmedAt ? el('p', { class: 'confirmed' }, 'ご確認いただきました。') : null,
  ].filter(Boolean));
}
