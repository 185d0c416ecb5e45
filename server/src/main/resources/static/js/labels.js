// Japanese names of the shared ids (life events, forms) for the staff pages.
export const LIFE_EVENTS = {
  'move-in': '転入', 'move-out': '転出', 'move-within': '転居',
  'birth': '出生', 'death': '死亡', 'marriage': '婚姻',
};

export const FORMS = {
  'juminhyo-request': '住民票の写し等交付請求書',
  'resident-change': '住民異動届',
  'seal-registration': '印鑑登録申請書',
  'nhi-enroll': '国民健康保険 資格取得届',
  'nhi-withdraw': '国民健康保険 資格喪失届',
  'national-pension': '国民年金 届書',
  'late-elderly-medical': '後期高齢者医療 届',
  'long-term-care': '介護保険 届',
  'child-allowance': '児童手当 認定請求書',
  'child-medical-subsidy': '子ども医療費助成 申請書',
  'funeral-expenses': '葬祭費 支給申請書',
  'dog-registration-change': '犬の登録事項変更届',
};

export function timeOfDay(isoWithOffset) {
  return new Date(isoWithOffset).toLocaleTimeString('ja-JP', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit' });
}

export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === 'class') element.className = value; else element.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) element.append(child instanceof Node ? child : String(child));
  }
  return element;
}
