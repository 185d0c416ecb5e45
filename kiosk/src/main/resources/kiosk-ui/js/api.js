/** The kiosk program's local JSON API: every call no-store, no credentials; errors carry the status and body. */
export async function api(method, path, body) {
  const init = { method: method, headers: { "Accept": "application/json" }, cache: "no-store", credentials: "omit" };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const response = await fetch("/api/" + path, init);
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = new Error((json && json.error) || ("HTTP " + response.status));
    error.status = response.status;
    error.body = json;
    throw error;
  }
  return json;
}
