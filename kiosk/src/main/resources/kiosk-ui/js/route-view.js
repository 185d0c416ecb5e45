/* The departments in walking order with their procedures, and every document to bring once (summary, ticket). */
import { setText, html, nameWithJapanese } from "./i18n.js";

export function fillRoute(listEl, bringEl, route) {
  listEl.innerHTML = "";
  bringEl.innerHTML = "";
  const items = route.items || [];
  const byId = {};
  items.forEach((i) => { byId[i.procedureId] = i; });
  (route.departments || []).forEach((d) => {
    const li = document.createElement("li");
    const name = document.createElement("strong");
    nameWithJapanese(name, d.name);
    li.appendChild(name);
    const procedures = document.createElement("ul");
    (d.procedureIds || []).forEach((id) => {
      const item = byId[id];
      if (!item) return;
      const p = document.createElement("li");
      nameWithJapanese(p, item.name);
      if (item.certainty === "to-confirm") {
        const mark = document.createElement("span");
        mark.className = "to-confirm";
        mark.innerHTML = " " + html("toConfirm");
        p.appendChild(mark);
      }
      procedures.appendChild(p);
    });
    li.appendChild(procedures);
    listEl.appendChild(li);
  });
  const seen = {};
  items.forEach((i) => (i.bring || []).forEach((doc) => {
    if (seen[doc.id]) return;
    seen[doc.id] = true;
    const li = document.createElement("li");
    nameWithJapanese(li, doc.text);
    bringEl.appendChild(li);
  }));
  if (!bringEl.children.length) {
    const li = document.createElement("li");
    setText(li, "nothingToBring");
    bringEl.appendChild(li);
  }
}
