/*
 * The resident's route from the kiosk's local API: every answer returns the open questions, the procedures
 * and departments. proceed() goes to the screen the route asks for: the household first, then the other
 * questions all on one screen, then the summary.
 */
import { ui } from "./state.js";
import { api } from "./api.js";
import { t } from "./i18n.js";
import { show, say } from "./screens.js";

/** Any call that answers with the route; null (and a message) when the server cannot answer now. */
export async function fetchRoute(method, path, body) {
  if (ui.busy) return null;
  ui.busy = true;
  try {
    const answer = await api(method, path, body);
    if (answer.outcome === "answered") {
      ui.route = answer;
      return answer;
    }
    say(t(answer.outcome === "server-unreachable" ? "serverDownAsking" : "rejected"));
  } catch (e) {
    say(t(e.status === 409 || e.status === 400 ? "rejected" : "serverDownAsking"));
  } finally {
    ui.busy = false;
  }
  return null;
}

export async function routeCall(method, path, body) {
  const answer = await fetchRoute(method, path, body);
  if (answer) proceed();
  return answer;
}

/** The questions still open on the route, the household apart. */
export function openQuestions() {
  const route = ui.route;
  if (!route) return [];
  return (route.open || (route.next ? [route.next] : [])).filter((q) => q.type !== "household");
}

export function proceed() {
  const route = ui.route;
  if (!route) return;
  if (route.next && route.next.type === "household") show("household");
  else if (openQuestions().length) show("questions");
  else show("summary");
}
