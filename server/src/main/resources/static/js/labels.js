// The staff pages' texts come from the town pack (docs/town-pack.md): life events and departments by their
// Japanese names, everything else from messages/staff/ja.json. One source per text; form titles come from
// /api/forms. Loaded once per page before any screen code runs (top-level await).
const [town, staffTexts] = await Promise.all([
  fetch('/api/town').then(r => r.json()),
  fetch('/api/town/messages/staff/ja').then(r => r.json()),
]);

export const LIFE_EVENTS = Object.fromEntries(town.lifeEvents.map(e => [e.id, e.name.ja]));
// How each life event moves the resident ('in', 'out', 'within'), for the move boxes; absent when it does not.
export const LIFE_EVENT_MOVES = Object.fromEntries(town.lifeEvents.filter(e => e.move).map(e => [e.id, e.move]));
export const DEPARTMENTS = Object.fromEntries(town.departments.map(d => [d.id, d.name.ja]));

// A text of messages/staff/ja.json; the key itself when the pack lacks it, so a gap shows instead of a blank.
export function text(key) {
  return staffTexts.messages[key] ?? key;
}

// Whether messages/staff/ja.json has the text (a checklist item from the rules carries no origin badge).
export function hasText(key) {
  return key in staffTexts.messages;
}

// The life events as <option>s, in the pack's order (a town's own event appears without a code change).
export function lifeEventOptions(select) {
  for (const event of town.lifeEvents) select.append(el('option', { value: event.id }, event.name.ja));
}


export function timeOfDay(isoWithOffset) {
  return new Date(isoWithOffset).toLocaleTimeString('ja-JP', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit' });
}

export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    // A style goes through the CSSOM: the pages' Content-Security-Policy refuses style attributes.
    if (key === 'class') element.className = value;
    else if (key === 'style') element.style.cssText = value;
    else element.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

// A 〓 in a name or address is a character the card could not give (外字): marked so the clerk checks it
// against the card or the resident record before anything is printed.
export function withGaiji(text) {
  return String(text).split('〓').flatMap((piece, i) => i === 0 ? [piece]
    : [el('mark', { class: 'gaiji', title: 'カードから読めなかった文字（外字）: 本人確認書類で確認してください' }, '〓'), piece])
    .filter(p => p !== '');
}
