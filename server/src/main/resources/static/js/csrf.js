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
