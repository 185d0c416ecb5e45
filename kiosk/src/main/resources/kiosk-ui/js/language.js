/* The language screen, reached from the header on any screen; it returns to the screen it came from. */
import { ui, $ } from "./state.js";
import { languageButtons, setLanguage, onLanguage } from "./i18n.js";
import { show } from "./screens.js";
import { touch } from "./activity.js";

let returnTo = "start";

export function openLanguages() {
  if (ui.screen !== "language") returnTo = ui.screen;
  show("language");
}

function choose(id) {
  setLanguage(id);
  touch();
  show(returnTo);
}

// The town's languages arrive with its texts: drawn again whenever they are applied.
onLanguage(() => languageButtons($("language-list"), choose));
$("btn-language").addEventListener("click", () => { touch(); openLanguages(); });
$("btn-language-back").addEventListener("click", () => { touch(); show(returnTo); });
