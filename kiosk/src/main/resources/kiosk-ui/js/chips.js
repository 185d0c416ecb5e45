/* The small touch buttons of the address and household screens (chips and keys). */
import { touch } from "./activity.js";

/**
 * A button with `labelHtml` (escaped or marked up already), its data-* values and, when `pressed` is not
 * undefined, aria-pressed; a tap restarts the idle countdown, then calls `onClick`.
 */
export function chip(labelHtml, onClick, data, pressed) {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "choice small";
  b.innerHTML = labelHtml;
  if (pressed !== undefined) b.setAttribute("aria-pressed", String(pressed));
  Object.entries(data || {}).forEach(([k, v]) => { b.dataset[k] = v; });
  b.addEventListener("click", () => { touch(); onClick(); });
  return b;
}
