// Spring Security's cookie CSRF token, sent back as a header on every state-changing request.
export function csrfHeaders() {
  const cookie = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
  return cookie ? { 'X-XSRF-TOKEN': decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) } : {};
}

// fetch for the staff pages: same session; a lost session sends the clerk back to the login page.
export async function api(path, options = {}) {
  const method = (options.method || 'GET').toUpperCase();
  const headers = { 'Accept': 'application/json', ...(options.headers || {}) };
  if (method !== 'GET' && method !== 'HEAD') Object.assign(headers, csrfHeaders());
  const response = await fetch(path, { credentials: 'same-origin', ...options, headers });
  if (response.status === 401) {
    window.location.href = '/login.html';
    throw new Error('ログインが必要です');
  }
  if (!response.ok) {
    let message = `エラー (${response.status})`;
    let body = null;
    try { body = await response.json(); message = body.error || message; } catch (ignored) { /* not JSON */ }
    // The status and the JSON body go along: a page can mark every field of {"errors": [...]} at once.
    throw Object.assign(new Error(message), { status: response.status, body });
  }
  return response.status === 204 ? null : response.json();
}

// An unattended counter PC signs out by itself (総務省 guideline): the pages refresh what they show every
// few seconds, which keeps the server's session alive, so the page counts the staff member's own input
// instead and signs out after the idle time the server names (15 minutes unless the town set another).
const PUBLIC_PAGES = ['/login.html', '/board/', '/home/'];
if (!PUBLIC_PAGES.some(p => location.pathname.startsWith(p))) {
  let idleSeconds = 15 * 60;
  let lastInput = Date.now();
  for (const type of ['keydown', 'pointerdown', 'wheel', 'touchstart']) {
    addEventListener(type, () => { lastInput = Date.now(); }, { capture: true, passive: true });
  }
  fetch('/api/account', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(response => response.ok ? response.json() : null)
    .then(me => { if (me && me.idleTimeoutSeconds > 0) idleSeconds = me.idleTimeoutSeconds; })
    .catch(() => {});
  setInterval(async () => {
    if (Date.now() - lastInput < idleSeconds * 1000) return;
    await fetch('/logout?reason=idle', { method: 'POST', headers: csrfHeaders(), credentials: 'same-origin' }).catch(() => {});
    location.href = '/login.html?idle';
  }, 15000);
}
