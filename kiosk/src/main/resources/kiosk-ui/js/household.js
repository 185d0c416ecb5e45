/*
 * The household without writing and without drop-downs (issues 13 and 15). Each family member can put their
 * own My Number Card on the reader and enter its PIN: name, birth date and sex are read, the relationship is
 * guessed from the ages (one tap changes it) — one tap per person. Without a card: the relationship, then the
 * birth date as era + year on a keypad, month and day (a newborn: one tap on the day of birth). "The person
 * who died" for a death, "heads the household" (世帯主) where it is not the resident. "I live alone"; "I
 * don't know" leaves the household to the clerk.
 */
import { ui, $, onForget } from "./state.js";
import { api } from "./api.js";
import { setText, html, plain, t, escapeHtml, questionHtml, onLanguage } from "./i18n.js";
import { onShow, onLeave, onScreenChange, show, say } from "./screens.js";
import { routeCall } from "./route.js";
import { onPoll } from "./session.js";
import { openPin } from "./pin.js";
import { messageKey } from "./start.js";
import { addressAsked } from "./address.js";
import { eventDateAsked } from "./event-date.js";
import { lifeEventOf } from "./event.js";
import { birthDatePad, recentDates, dateText } from "./date-pad.js";
import { touch } from "./activity.js";
import { chip } from "./chips.js";

const RELATIONSHIPS = ["spouse", "child", "parent", "grandchild", "other"];
/** Days a birth may be registered after (出生届: 14 days, 戸籍法 §49). */
const NEWBORN_DAYS = 14;

let members = [];
/** The relationship of a person being added without a card. */
let adding = null;
/** The server's household question, kept for coming back to this screen after it was answered. */
let question = null;
/** Cards put on the reader so far (the kiosk counts them): one more while here is a family member's. */
let arrivals = 0;

export function householdAsked() {
  return question !== null;
}

function yearsBetween(older, younger) {
  return (Date.parse(younger) - Date.parse(older)) / (365.2425 * 86400000);
}

/** The likely relationship of a member read from a card, from the ages and sexes (the resident corrects it). */
function guessRelationship(member) {
  const me = ui.state && ui.state.resident;
  if (!me) return "other";
  const younger = yearsBetween(me.birthDate, member.birthDate);
  if (younger >= 40) return "grandchild";
  if (younger >= 16) return "child";
  if (younger <= -16) return "parent";
  return member.sex && me.sex && member.sex !== me.sex && member.sex !== "9" ? "spouse" : "other";
}

function renderMembers() {
  const list = $("household-list");
  list.innerHTML = "";
  members.forEach((m, i) => {
    const li = document.createElement("li");
    li.dataset.member = String(i);
    const who = document.createElement("p");
    who.className = "member-who";
    who.innerHTML = (m.name ? escapeHtml(m.name) : html("nameAtCounter")) + " — " + escapeHtml(dateText(m.birthDate))
      + (m.fromCard ? " <span class=\"badge\">" + html("readFromCard") + "</span>" : "");
    li.appendChild(who);
    const row = document.createElement("div");
    row.className = "chip-row";
    row.setAttribute("role", "group");
    row.setAttribute("aria-label", plain(t("relationshipOf", i + 1)));
    RELATIONSHIPS.forEach((r) => row.appendChild(chip(html("rel." + r),
      () => { m.relationship = r; renderMembers(); }, { relationship: r }, m.relationship === r)));
    li.appendChild(row);
    const more = document.createElement("div");
    more.className = "chip-row";
    if (lifeEventOf(ui.lifeEvent).deceasedMember) {
      more.appendChild(chip(html("deceasedMember"), () => {
        members.forEach((o) => { if (o !== m) o.deceased = false; });
        m.deceased = !m.deceased;
        renderMembers();
      }, { deceased: String(i) }, !!m.deceased));
    }
    more.appendChild(chip(html("householder"), () => {
      members.forEach((o) => { if (o !== m) o.householder = false; });
      m.householder = !m.householder;
      renderMembers();
    }, { householder: String(i) }, !!m.householder));
    const remove = chip(html("remove"), () => { members.splice(i, 1); renderMembers(); }, { remove: String(i) });
    remove.setAttribute("aria-label", plain(t("removeMember", i + 1)));
    more.appendChild(remove);
    li.appendChild(more);
    list.appendChild(li);
  });
  // Nobody added yet: "I live alone" is the way on; once someone is added, "that is everyone".
  setText($("btn-household-done"), "householdDone", members.length);
  $("btn-household-done").hidden = members.length === 0;
  $("btn-alone").hidden = members.length > 0;
  $("btn-alone").classList.toggle("primary", members.length === 0);
  $("btn-alone").classList.toggle("secondary", members.length > 0);
}

function renderAdding() {
  const list = $("relationship-list");
  list.innerHTML = "";
  RELATIONSHIPS.forEach((r) => list.appendChild(chip(html("rel." + r),
    () => { adding = r; $("member-error").textContent = ""; renderAdding(); }, { relationship: r }, adding === r)));
  const dateBox = $("member-date");
  dateBox.innerHTML = "";
  if (!adding) return;
  const add = (birthDate) => {
    members.push({ relationship: adding, birthDate: birthDate, deceased: false });
    adding = null;
    renderAdding();
    renderMembers();
    say(t("memberAdded", members.length));
  };
  // A birth's newborn: the day of birth is one of the last days (the pack marks such events "newborn").
  if (lifeEventOf(ui.lifeEvent).newborn && adding === "child") {
    const newborn = document.createElement("div");
    const label = document.createElement("p");
    label.className = "hint";
    setText(label, "newbornDate");
    newborn.appendChild(label);
    const chips = document.createElement("div");
    // The day of birth is the event's date too (出生日: the forms' 資格取得日 of the newborn's insurance).
    recentDates(chips, (date) => { add(date); api("PUT", "visit/event-date", { date: date }).catch(() => {}); },
      NEWBORN_DAYS, 0, null);
    newborn.appendChild(chips);
    dateBox.appendChild(newborn);
  }
  const padBox = document.createElement("div");
  const padLabel = document.createElement("p");
  padLabel.className = "hint";
  setText(padLabel, "memberBirthDate");
  dateBox.appendChild(padLabel);
  dateBox.appendChild(padBox);
  birthDatePad(padBox, add);
}

function render() {
  if (ui.route && ui.route.next && ui.route.next.type === "household") question = ui.route.next;
  if (question) $("h-household").innerHTML = questionHtml(question.text, question.rubyHtml);
  setText($("family-cards-help"), lifeEventOf(ui.lifeEvent).deceasedMember ? "familyCardsHelpDeath" : "familyCardsHelp");
  renderMembers();
  renderAdding();
}

/** A card arrived on the reader while the household is open: a family member's, read with its own PIN. */
async function familyCardArrived() {
  try {
    const tries = await api("GET", "card/tries");
    if (ui.screen !== "household") return;
    if (tries.outcome !== "tries-left") { familyCardProblem(tries); return; }
    openPin({
      purpose: "member",
      path: "card/family/read",
      triesLeft: tries.triesLeft,
      otherKey: "memberWithoutCard",
      onOther: () => show("household"),
      onRead: (answer) => {
        const r = answer.resident;
        const member = { name: r.name, birthDate: r.birthDate, sex: r.sex, deceased: false, fromCard: true };
        member.relationship = guessRelationship(member);
        members.push(member);
        show("household");
        say(t("memberRead", undefined, r.name));
      },
      onProblem: familyCardProblem
    });
  } catch (e) {
    say(t("unexpected"));
  }
}

function familyCardProblem(answer) {
  show("household");
  const key = { "own-card": "ownCard", "one-try-left": "memberOneTryLeft", "pin-locked": "memberPinLocked" }[answer.outcome];
  say(t(key || messageKey(answer.outcome)));
}

function done(body) {
  touch();
  routeCall("PUT", "visit/household", body);
}

/** The household as the check-in carries it: what is known of each member, nothing made up. */
function entries() {
  return members.map((m) => {
    const entry = { relationship: m.relationship, birthDate: m.birthDate, deceased: !!m.deceased };
    if (m.name) entry.name = m.name;
    if (m.sex === "1" || m.sex === "2") entry.sex = m.sex;
    if (m.householder) entry.householder = true;
    return entry;
  });
}

// Coming to the household (not back from a member's PIN): the cards counted so far are not family members'.
onScreenChange((from, to) => {
  if (to === "household" && from !== "pin") arrivals = (ui.state && ui.state.cardArrivals) || 0;
});
onShow("household", () => {
  api("POST", "card/family/open").catch(() => { /* the applicant's card then stays as before */ });
  render();
});
onLeave("household", (to) => {
  if (to !== "pin") api("POST", "card/family/close").catch(() => {});
});
onPoll((state) => {
  const now = state.cardArrivals || 0;
  if (ui.screen === "household" && now > arrivals && state.cardPresent) familyCardArrived();
  if (ui.screen === "household" || ui.screen === "pin") arrivals = now;
});
onLanguage(() => { if (ui.screen === "household") render(); });
$("btn-household-done").addEventListener("click", () => done({ known: true, members: entries() }));
$("btn-alone").addEventListener("click", () => done({ known: true, members: [] }));
$("btn-household-unknown").addEventListener("click", () => done({ known: false }));
$("btn-household-back").addEventListener("click", () => { touch(); show(eventDateAsked() ? "event-date" : addressAsked() ? "address" : "confirm"); });
onForget(() => {
  members = [];
  adding = null;
  question = null;
  $("household-list").innerHTML = "";
  $("member-date").innerHTML = "";
});
