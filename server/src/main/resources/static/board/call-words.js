// What the board says for a call, in Japanese and English: the ticket's letter spelt out (TTS voices read
// "A-012" as digits and dashes), the number as a number, and the counter.
const LETTERS_JA = { A: 'エー', B: 'ビー', C: 'シー', D: 'ディー', E: 'イー', F: 'エフ', G: 'ジー', H: 'エイチ',
  I: 'アイ', J: 'ジェー', K: 'ケー', L: 'エル', M: 'エム', N: 'エヌ', O: 'オー', P: 'ピー', Q: 'キュー', R: 'アール',
  S: 'エス', T: 'ティー', U: 'ユー', V: 'ブイ', W: 'ダブリュー', X: 'エックス', Y: 'ワイ', Z: 'ゼット' };

function parts(ticketNumber) {
  const match = /^([A-Z]+)-0*(\d+)$/.exec(ticketNumber);
  return match ? { letters: match[1].split(''), number: match[2] } : { letters: [], number: ticketNumber };
}

export function japanese(ticketNumber, counter) {
  const { letters, number } = parts(ticketNumber);
  const spelt = letters.map(l => LETTERS_JA[l] || l).join('、');
  return `受付番号、${spelt ? spelt + '、' : ''}${number}番の方、${counter}へお越しください。`;
}

export function english(ticketNumber, counter) {
  const { letters, number } = parts(ticketNumber);
  const desk = /(\d+)\s*番窓口/.exec(counter);
  return `Ticket number ${[...letters, number].join(' ')}, please come to ${desk ? 'counter ' + desk[1] : counter}.`;
}
