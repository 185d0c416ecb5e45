// Japanese names of the shared life-event ids for the staff pages (form titles come from /api/forms).
export const LIFE_EVENTS = {
  'move-in': '転入', 'move-out': '転出', 'move-within': '転居',
  'birth': '出生', 'death': '死亡', 'marriage': '婚姻',
};


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
