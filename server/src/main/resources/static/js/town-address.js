import { api } from '/js/csrf.js';
import { el } from '/js/labels.js';

// The new address within the town, picked from the town's address master (町字, then 番・号 or 地番), as the kiosk's
// picker does without writing: GET /api/addresses/town once, the server composes the printed address on saving.

let town = null;

async function loadTown() {
  if (!town) town = await api('/api/addresses/town');
  return town;
}

/** Every 町字 to pick, a 大字・町's 丁目 one by one: [{id, label, residential}]. */
function choices(t) {
  return t.machiaza.flatMap(m => m.chome.length === 0
    ? [{ id: m.id, label: m.name + (m.residential ? '' : '（地番）'), residential: m.residential }]
    : m.chome.map(c => ({ id: c.id, label: m.name + c.name, residential: c.residential })));
}

/** Fills the picker's list and shows the boxes for the picked 町字 (番・号 under 住居表示, else 地番). */
export async function setUpTownAddress(container, onChange) {
  const t = await loadTown();
  const select = container.querySelector('#town-machiaza');
  select.replaceChildren(el('option', { value: '' }, `— ${t.name}の町名を選ぶ —`),
    ...choices(t).map(c => el('option', { value: c.id, 'data-residential': String(c.residential) }, c.label)));
  select.addEventListener('change', () => { showNumbers(container); onChange(); });
  showNumbers(container);
}

function showNumbers(container) {
  const picked = container.querySelector('#town-machiaza').selectedOptions[0];
  const residential = picked && picked.dataset.residential === 'true';
  container.querySelector('#town-residential').hidden = !picked || !picked.value || !residential;
  container.querySelector('#town-parcel').hidden = !picked || !picked.value || residential;
}

/**
 * The picked address for the interview's PUT ({@code newAddress}), or null while the pick is not whole (a 町字 without
 * its 番・号 or 地番 yet): the other boxes are saved meanwhile, and the server checks the numbers once given.
 */
export function pickedTownAddress(container) {
  const id = container.querySelector('#town-machiaza').value;
  if (!id) return null;
  const value = sel => container.querySelector(sel).value.trim();
  const number = sel => (value(sel) === '' ? null : Number(value(sel).normalize('NFKC')));
  const residential = container.querySelector('#town-machiaza').selectedOptions[0].dataset.residential === 'true';
  if (residential) {
    const block = number('#town-block');
    const residence = number('#town-residence');
    return block === null || residence === null ? null
      : { machiazaId: id, block, residence, building: value('#town-building') };
  }
  return value('#town-chiban') === '' ? null : { machiazaId: id, chiban: value('#town-chiban'), building: value('#town-building') };
}

/** Shows a stored town address in the picker. */
export function showTownAddress(container, address) {
  const set = (sel, v) => { const input = container.querySelector(sel); if (!input.dataset.dirty) input.value = v ?? ''; };
  if (!address || !address.machiazaId) return;
  set('#town-machiaza', address.machiazaId);
  set('#town-block', address.block);
  set('#town-residence', address.residence);
  set('#town-chiban', address.chiban);
  set('#town-building', address.building);
  showNumbers(container);
}
