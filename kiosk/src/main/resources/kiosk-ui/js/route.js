/*
 * The resident's route from the kiosk's local API: every answer returns the open questions, the procedures
 * and departments. proceed() goes to the next screen: the steps the life event needs first (the move's new
 * address and date), then the household when the route asks it, then the summary with the other questions.
 */
import { ui } from "./state.js";
import { api } from "./api.js";
import { t } from "./i18n.js";
import { show, say } from "./screens.js";

const steps = [];
const listeners = [];

/** A screen that comes before the household while `wanted()` (the move's address, for instance). */
export function stepBeforeHousehold(screen, wanted) {
  steps.push({ screen: screen, wanted: wanted });
}

/** Called whenever the route changes (the summary redraws the procedures). */
export function onRoute(fn) {
  listeners.push(fn);
}

/**
 * Resolves once no other call of the page to the kiosk is under way. A quick second tap (another answer, or
 * 受付する right after an answer) is served after the first, never dropped: a dropped "yes" would be sent as the
 * check-in's "no".
 */
export async function idle() {
  while (ui.busy) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** Any call that answers with the route, one at a time; null (and a message) when the server cannot answer now. */
export async function fetchRoute(method, path, body) {
  // The loop's last check and taking the turn happen with no await between them (an `await idle()` here
  // would let two taps of the same moment both find the page idle and both go).
  while (ui.busy) await new Promise((resolve) => setTimeout(resolve, 50));
  ui.busy = true;
  try {
    const answer = await api(method, path, body);
    if (answer.outcome === "answered") {
      ui.route = answer;
      listeners.forEach((fn) => fn(answer));
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
  const step = steps.find((s) => s.wanted());
  if (step) show(step.screen);
  else if (route.next && route.next.type === "household") show("household");
  else show("summary");
}
