// A two-tone chime (ピンポーン) with the Web Audio API, shared by the board and the phone page. Browsers let a
// page make sound only after a tap (or with Chromium's --autoplay-policy=no-user-gesture-required on the
// hall's board): unlock() is called from that tap; play() says whether a sound was actually started.
let context;

export function unlock() {
  try {
    context = context || new (window.AudioContext || window.webkitAudioContext)();
    if (context.state === 'suspended') context.resume();
    return true;
  } catch (e) {
    return false;
  }
}

export function play() {
  if (!unlock() || context.state !== 'running') return false;
  const start = context.currentTime;
  [[880, 0], [660, 0.45]].forEach(([frequency, offset]) => {
    const tone = context.createOscillator();
    const gain = context.createGain();
    tone.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start + offset);
    gain.gain.exponentialRampToValueAtTime(0.4, start + offset + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.9);
    tone.connect(gain).connect(context.destination);
    tone.start(start + offset);
    tone.stop(start + offset + 1);
  });
  return true;
}
