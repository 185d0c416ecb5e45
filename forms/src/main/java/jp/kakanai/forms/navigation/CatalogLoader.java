package jp.kakanai.forms.navigation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates the navigation data: the questions file first (conditions refer to it), then the
 * catalog. Every problem found is collected with its file and line (unknown form, department or question
 * id, an answer no question offers, a duplicate id, a missing translation, a misspelt field), and the
 * load fails with all of them at once, so a town's editor fixes the data in one round.
 */
public final class CatalogLoader {
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Every text has these: the clerks' Japanese, and English, which other languages fall back to. */
    private static final List<String> BASE_LANGUAGES = List.of("ja", "en");

    /** One data file: a name for the messages, and its text. */
    public record Source(String name, String text) {
    }

    private final List<CatalogProblem> problems = new ArrayList<>();
    private final Set<String> formIds;
    private final Map<String, Question> questions = new LinkedHashMap<>();
    private final Map<String, String> questionPointers = new HashMap<>();
    private final Set<String> usedQuestions = new HashSet<>();
    private final Map<String, Integer> settings = new HashMap<>();
    private final Map<String, Department> departments = new LinkedHashMap<>();
    private final Map<String, Document> documents = new LinkedHashMap<>();
    private final Set<String> usedDocuments = new HashSet<>();
    private List<String> languages = BASE_LANGUAGES;
    private List<String> catalogLanguages = BASE_LANGUAGES;
    private Doc doc;

    private CatalogLoader(Set<String> formIds) {
        this.formIds = formIds;
    }

    /** Loads the catalog, or throws {@link CatalogException} listing every problem with file and line. */
    public static ProcedureCatalog load(Source catalog, Source questions, Set<String> formIds) {
        return new CatalogLoader(formIds).run(catalog, questions);
    }

    private ProcedureCatalog run(Source catalogSource, Source questionsSource) {
        LocatedJson questionsJson = parse(questionsSource);
        LocatedJson catalogJson = parse(catalogSource);
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        doc = new Doc(questionsJson);
        List<Question> questionList = readQuestions(questionsJson.root());
        Doc questionsDoc = doc;
        doc = new Doc(catalogJson);
        List<Procedure> procedures = new ArrayList<>();
        Map<String, List<Rule>> rules = new LinkedHashMap<>();
        readCatalog(catalogJson.root(), procedures, rules);
        documents.keySet().stream().filter(id -> !usedDocuments.contains(id)).forEach(id -> doc.problem(
                LocatedJson.child("/documents", id), "document '" + id + "' is brought by no procedure; remove it or use it"));
        for (Question question : questionList) {
            if (question.type() != Question.Type.HOUSEHOLD && !usedQuestions.contains(question.id())) {
                questionsDoc.problem(questionPointers.get(question.id()),
                        "question '" + question.id() + "' is used by no rule's condition; remove it or use it");
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        List<Department> walkingOrder = departments.values().stream()
                .sorted(java.util.Comparator.comparingInt(Department::walkingOrder)).toList();
        return new ProcedureCatalog(walkingOrder, procedures, rules, documents, questionList, languages);
    }

    /**
     * Which languages a kind of text must have and may have, and the one language in which furigana
     * markup {漢字|かんじ} is written (questions: "ja", which is やさしい日本語 there; catalog: "easy",
     * because its "ja" is the official wording clerks read and print).
     */
    private record TextLanguages(List<String> required, List<String> allowed, Optional<String> furigana) {
        static TextLanguages all(List<String> declared, String furigana) {
            return new TextLanguages(declared, declared, Optional.of(furigana));
        }
    }

    private LocatedJson parse(Source source) {
        try {
            return LocatedJson.parse(source.name(), source.text());
        } catch (CatalogException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    // ---- questions.json -------------------------------------------------------------------------------

    private List<Question> readQuestions(JsonNode root) {
        List<Question> list = new ArrayList<>();
        if (!doc.fields(root, "", Set.of("languages", "yesNo", "dontKnow", "questions"), Set.of())) {
            return list;
        }
        languages = readLanguages(root.get("languages"), "/languages", false);
        TextLanguages questionText = questionText();
        String yesNoPointer = "/yesNo";
        boolean yesNoPresent = doc.fields(root.get("yesNo"), yesNoPointer, Set.of("yes", "no"), Set.of());
        Optional<LocalizedText> yes = yesNoPresent ? doc.text(root.get("yesNo").get("yes"),
                LocatedJson.child(yesNoPointer, "yes"), questionText) : Optional.empty();
        Optional<LocalizedText> no = yesNoPresent ? doc.text(root.get("yesNo").get("no"),
                LocatedJson.child(yesNoPointer, "no"), questionText) : Optional.empty();
        Optional<LocalizedText> dontKnow = doc.text(root.get("dontKnow"), "/dontKnow", questionText);
        Map<String, String> seen = new HashMap<>();
        forEach(root.get("questions"), "/questions", (node, pointer) -> readQuestion(node, pointer,
                yes.orElse(null), no.orElse(null), dontKnow.orElse(null)).ifPresent(q -> {
                    if (unique("question", q.id(), pointer, seen)) {
                        questions.put(q.id(), q);
                        questionPointers.put(q.id(), pointer);
                        list.add(q);
                    }
                }));
        if (list.stream().filter(q -> q.type() == Question.Type.HOUSEHOLD).count() > 1) {
            doc.problem("/questions", "only one question may be of type 'household'");
        }
        return list;
    }

    /** Questions, choices and help: every language, the Japanese in やさしい日本語 with furigana. */
    private TextLanguages questionText() {
        return TextLanguages.all(languages, "ja");
    }

    /** The declared languages; {@code easy} (やさしい日本語) only where "ja" is not already written in it. */
    private List<String> readLanguages(JsonNode node, String pointer, boolean easyAllowed) {
        List<String> list = new ArrayList<>();
        forEach(node, pointer, (item, itemPointer) -> {
            boolean easy = easyAllowed && LocalizedText.EASY_JAPANESE.equals(item.asText());
            if (!item.isTextual() || !(easy || item.asText().matches("[a-z]{2,3}"))) {
                doc.problem(itemPointer, "a language is a BCP 47 code such as \"ja\" or \"vi\""
                        + (easyAllowed ? ", or \"easy\" (やさしい日本語)" : "") + ", not " + item);
            } else if (list.contains(item.asText())) {
                doc.problem(itemPointer, "language '" + item.asText() + "' is listed twice");
            } else {
                list.add(item.asText());
            }
        });
        if (!list.containsAll(BASE_LANGUAGES)) {
            doc.problem(pointer, "languages must include \"ja\" and \"en\"");
            list.addAll(BASE_LANGUAGES.stream().filter(l -> !list.contains(l)).toList());
        }
        return list;
    }

    private Optional<Question> readQuestion(JsonNode node, String pointer, LocalizedText yes, LocalizedText no,
                                            LocalizedText dontKnow) {
        if (!doc.fields(node, pointer, Set.of("id", "type", "text"), Set.of("clerkText", "help", "choices"))) {
            return Optional.empty();
        }
        Optional<String> id = doc.id(node, pointer, "id");
        Optional<String> typeId = doc.string(node, pointer, "type");
        Optional<Question.Type> type = typeId.flatMap(t -> {
            for (Question.Type candidate : Question.Type.values()) {
                if (candidate.id().equals(t)) {
                    return Optional.of(candidate);
                }
            }
            doc.problem(LocatedJson.child(pointer, "type"),
                    "unknown question type '" + t + "'; expected yes-no, choice or household");
            return Optional.empty();
        });
        TextLanguages questionText = questionText();
        Optional<LocalizedText> text = doc.text(node.get("text"), LocatedJson.child(pointer, "text"), questionText);
        Optional<LocalizedText> clerk = node.has("clerkText")
                ? doc.text(node.get("clerkText"), LocatedJson.child(pointer, "clerkText"),
                        new TextLanguages(List.of("ja"), languages, Optional.empty()))
                : Optional.empty();
        Optional<LocalizedText> help = node.has("help")
                ? doc.text(node.get("help"), LocatedJson.child(pointer, "help"), questionText)
                : Optional.empty();
        List<Question.Choice> choices = new ArrayList<>();
        if (type.isPresent()) {
            String choicesPointer = LocatedJson.child(pointer, "choices");
            if (type.get() == Question.Type.CHOICE) {
                Map<String, String> seen = new HashMap<>();
                if (!node.has("choices")) {
                    doc.problem(pointer, "a 'choice' question needs \"choices\"");
                }
                forEach(node.get("choices"), choicesPointer, (choice, choicePointer) -> {
                    if (doc.fields(choice, choicePointer, Set.of("value", "text"), Set.of())) {
                        Optional<String> value = doc.id(choice, choicePointer, "value");
                        Optional<LocalizedText> choiceText = doc.text(choice.get("text"),
                                LocatedJson.child(choicePointer, "text"), questionText);
                        if (value.isPresent() && Answers.DONT_KNOW.equals(value.get())) {
                            doc.problem(choicePointer, "'" + Answers.DONT_KNOW + "' is added to every question; do not list it");
                        } else if (value.isPresent() && choiceText.isPresent()
                                && unique("choice", value.get(), choicePointer, seen)) {
                            choices.add(new Question.Choice(value.get(), choiceText.get()));
                        }
                    }
                });
            } else if (node.has("choices")) {
                doc.problem(choicesPointer, "only 'choice' questions list choices");
            }
            if (type.get() == Question.Type.YES_NO && yes != null && no != null) {
                choices.add(new Question.Choice("yes", yes));
                choices.add(new Question.Choice("no", no));
            }
            if (type.get() != Question.Type.HOUSEHOLD && dontKnow != null) {
                choices.add(new Question.Choice(Answers.DONT_KNOW, dontKnow));
            }
        }
        if (id.isEmpty() || type.isEmpty() || text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Question(id.get(), type.get(), text.get(), clerk, help, choices));
    }

    // ---- catalog.json ---------------------------------------------------------------------------------

    private void readCatalog(JsonNode root, List<Procedure> procedures, Map<String, List<Rule>> rules) {
        if (!doc.fields(root, "", Set.of("languages", "departments", "documents", "procedures"), Set.of("settings"))) {
            return;
        }
        catalogLanguages = readLanguages(root.get("languages"), "/languages", true);
        List<String> untranslated = languages.stream().filter(l -> !catalogLanguages.contains(l)).toList();
        if (!untranslated.isEmpty()) {
            // A resident asked the questions in Korean must read the procedures in Korean too.
            doc.problem("/languages", "languages must include every language of the questions; missing: " + untranslated);
        }
        if (root.has("settings") && doc.fields(root.get("settings"), "/settings", Set.of(), null)) {
            root.get("settings").fields().forEachRemaining(setting -> {
                if (setting.getValue().canConvertToInt()) {
                    settings.put(setting.getKey(), setting.getValue().asInt());
                } else {
                    doc.problem(LocatedJson.child("/settings", setting.getKey()),
                            "setting '" + setting.getKey() + "' must be a whole number");
                }
            });
        }
        Map<String, String> seenDepartments = new HashMap<>();
        Map<Integer, String> seenOrders = new HashMap<>();
        forEach(root.get("departments"), "/departments", (node, pointer) -> readDepartment(node, pointer)
                .ifPresent(d -> {
                    if (unique("department", d.id(), pointer, seenDepartments)) {
                        String other = seenOrders.putIfAbsent(d.walkingOrder(), d.id());
                        if (other != null) {
                            doc.problem(LocatedJson.child(pointer, "walkingOrder"), "departments '" + other
                                    + "' and '" + d.id() + "' share walkingOrder " + d.walkingOrder());
                        }
                        departments.put(d.id(), d);
                    }
                }));
        if (doc.fields(root.get("documents"), "/documents", Set.of(), null)) {
            root.get("documents").fields().forEachRemaining(entry -> {
                String pointer = LocatedJson.child("/documents", entry.getKey());
                if (!KEBAB.matcher(entry.getKey()).matches()) {
                    doc.problem(pointer, "'" + entry.getKey() + "' is not a stable id: use lower-case English kebab-case");
                }
                doc.text(entry.getValue(), pointer, residentText())
                        .ifPresent(text -> documents.put(entry.getKey(), new Document(entry.getKey(), text)));
            });
        }
        Map<String, String> seenProcedures = new HashMap<>();
        forEach(root.get("procedures"), "/procedures", (node, pointer) -> {
            List<Rule> procedureRules = new ArrayList<>();
            readProcedure(node, pointer, procedureRules).ifPresent(p -> {
                if (unique("procedure", p.id(), pointer, seenProcedures)) {
                    procedures.add(p);
                    rules.put(p.id(), List.copyOf(procedureRules));
                }
            });
        });
    }

    /** Names and documents: the kiosk's summary and ticket show them, so every declared language is needed. */
    private TextLanguages residentText() {
        return TextLanguages.all(catalogLanguages, LocalizedText.EASY_JAPANESE);
    }

    /** Reasons and deadlines: read out by the clerk (ja), English for the fallback; more languages welcome. */
    private TextLanguages clerkText() {
        return new TextLanguages(BASE_LANGUAGES, catalogLanguages, Optional.of(LocalizedText.EASY_JAPANESE));
    }

    private Optional<Department> readDepartment(JsonNode node, String pointer) {
        if (!doc.fields(node, pointer, Set.of("id", "name", "walkingOrder"), Set.of())) {
            return Optional.empty();
        }
        Optional<String> id = doc.id(node, pointer, "id");
        Optional<LocalizedText> name = doc.text(node.get("name"), LocatedJson.child(pointer, "name"), residentText());
        Optional<Integer> order = doc.integer(node.get("walkingOrder"), LocatedJson.child(pointer, "walkingOrder"));
        if (id.isEmpty() || name.isEmpty() || order.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Department(id.get(), name.get(), order.get()));
    }

    private Optional<Procedure> readProcedure(JsonNode node, String pointer, List<Rule> rules) {
        if (!doc.fields(node, pointer, Set.of("id", "name", "department", "forms", "rules"),
                Set.of("bring", "deadline"))) {
            return Optional.empty();
        }
        Optional<String> id = doc.id(node, pointer, "id");
        Optional<LocalizedText> name = doc.text(node.get("name"), LocatedJson.child(pointer, "name"), residentText());
        Optional<Department> department = doc.string(node, pointer, "department").flatMap(d -> {
            if (!departments.containsKey(d)) {
                doc.problem(LocatedJson.child(pointer, "department"),
                        "unknown department '" + d + "'; known: " + departments.keySet());
            }
            return Optional.ofNullable(departments.get(d));
        });
        List<String> forms = new ArrayList<>();
        forEach(node.get("forms"), LocatedJson.child(pointer, "forms"), (form, formPointer) -> {
            if (!form.isTextual()) {
                doc.problem(formPointer, "a form id is a string");
            } else if (!formIds.contains(form.asText())) {
                doc.problem(formPointer, "unknown form id '" + form.asText() + "'; known: "
                        + new java.util.TreeSet<>(formIds));
            } else {
                forms.add(form.asText());
            }
        });
        List<Document> bring = bring(node.get("bring"), LocatedJson.child(pointer, "bring"));
        Optional<LocalizedText> deadline = node.has("deadline")
                ? doc.text(node.get("deadline"), LocatedJson.child(pointer, "deadline"), clerkText())
                : Optional.empty();
        String rulesPointer = LocatedJson.child(pointer, "rules");
        forEach(node.get("rules"), rulesPointer, (rule, rulePointer) -> rules.addAll(readRule(rule, rulePointer)));
        if (node.get("rules") != null && node.get("rules").isArray() && node.get("rules").isEmpty()) {
            doc.problem(rulesPointer, "a procedure needs at least one rule, or no life event ever needs it");
        }
        if (id.isEmpty() || name.isEmpty() || department.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Procedure(id.get(), name.get(), department.get(), forms, bring, deadline));
    }

    private List<Document> bring(JsonNode node, String pointer) {
        List<Document> list = new ArrayList<>();
        forEach(node, pointer, (item, itemPointer) -> {
            Document document = documents.get(item.asText());
            if (!item.isTextual() || document == null) {
                doc.problem(itemPointer, "unknown document id " + item + "; define it under \"documents\"");
            } else {
                usedDocuments.add(document.id());
                list.add(document);
            }
        });
        return list;
    }

    /** One rule, or one per event when {@code "event"} lists several. */
    private List<Rule> readRule(JsonNode node, String pointer) {
        if (!doc.fields(node, pointer, Set.of("event", "when", "reason"), Set.of("bring", "deadline"))) {
            return List.of();
        }
        List<LifeEvent> events = new ArrayList<>();
        String eventPointer = LocatedJson.child(pointer, "event");
        JsonNode eventNode = node.get("event");
        List<JsonNode> eventIds = new ArrayList<>();
        if (eventNode.isArray()) {
            eventNode.forEach(eventIds::add);
        } else {
            eventIds.add(eventNode);
        }
        for (JsonNode id : eventIds) {
            Optional<LifeEvent> found = LifeEvent.byId(id.asText());
            if (found.isEmpty() || !id.isTextual()) {
                doc.problem(eventPointer, "unknown life event " + id + "; expected one of " + LifeEvent.ids());
            } else {
                events.add(found.get());
            }
        }
        if (eventIds.isEmpty()) {
            doc.problem(eventPointer, "name at least one life event");
        }
        boolean death = events.size() == 1 && events.get(0) == LifeEvent.DEATH;
        Optional<Condition> when = condition(node.get("when"), LocatedJson.child(pointer, "when"), death);
        Optional<LocalizedText> reason = doc.text(node.get("reason"), LocatedJson.child(pointer, "reason"), clerkText());
        List<Document> bring = bring(node.get("bring"), LocatedJson.child(pointer, "bring"));
        Optional<LocalizedText> deadline = node.has("deadline")
                ? doc.text(node.get("deadline"), LocatedJson.child(pointer, "deadline"), clerkText())
                : Optional.empty();
        if (events.size() != eventIds.size() || when.isEmpty() || reason.isEmpty()) {
            return List.of();
        }
        return events.stream().map(e -> new Rule(e, when.get(), reason.get(), bring, deadline)).toList();
    }

    // ---- conditions -----------------------------------------------------------------------------------

    private static final Set<String> AGE_KEYS = Set.of("age", "ageFromBirthday", "schoolAge", "untilSchoolYearOfAge");

    private Optional<Condition> condition(JsonNode node, String pointer, boolean death) {
        if (node != null && node.isTextual() && node.asText().equals("always")) {
            return Optional.of(new Condition.Always());
        }
        if (node == null || !node.isObject() || node.isEmpty()) {
            doc.problem(pointer, "a condition is \"always\" or an object with one of: all, any, not, answer, "
                    + "someone, householdSize, cardRead");
            return Optional.empty();
        }
        if (node.has("all") || node.has("any")) {
            String key = node.has("all") ? "all" : "any";
            if (!doc.fields(node, pointer, Set.of(key), Set.of())) {
                return Optional.empty();
            }
            List<Optional<Condition>> parts = new ArrayList<>();
            forEach(node.get(key), LocatedJson.child(pointer, key),
                    (part, partPointer) -> parts.add(condition(part, partPointer, death)));
            if (parts.isEmpty() || parts.stream().anyMatch(Optional::isEmpty)) {
                if (parts.isEmpty()) {
                    doc.problem(pointer, "'" + key + "' needs at least one condition");
                }
                return Optional.empty();
            }
            List<Condition> conditions = parts.stream().map(Optional::get).toList();
            return Optional.of(key.equals("all") ? new Condition.All(conditions) : new Condition.Any(conditions));
        }
        if (node.has("not")) {
            return doc.fields(node, pointer, Set.of("not"), Set.of())
                    ? condition(node.get("not"), LocatedJson.child(pointer, "not"), death).map(Condition.Not::new)
                    : Optional.empty();
        }
        if (node.has("answer")) {
            return answer(node, pointer);
        }
        if (node.has("someone")) {
            return someone(node, pointer, death);
        }
        if (node.has("householdSize")) {
            if (!doc.fields(node, pointer, Set.of("householdSize"), Set.of())) {
                return Optional.empty();
            }
            return range(node.get("householdSize"), LocatedJson.child(pointer, "householdSize"))
                    .map(r -> new Condition.HouseholdSize(r[0], r[1]));
        }
        if (node.has("cardRead")) {
            if (doc.fields(node, pointer, Set.of("cardRead"), Set.of()) && node.get("cardRead").asBoolean(false)) {
                return Optional.of(new Condition.CardRead());
            }
            doc.problem(pointer, "write {\"cardRead\": true}; for a card not read use {\"not\": {\"cardRead\": true}}");
            return Optional.empty();
        }
        doc.problem(pointer, "unknown condition " + fieldNames(node) + "; expected one of: all, any, not, answer, "
                + "someone, householdSize, cardRead");
        return Optional.empty();
    }

    private Optional<Condition> answer(JsonNode node, String pointer) {
        if (!doc.fields(node, pointer, Set.of("answer"), Set.of("is", "in"))) {
            return Optional.empty();
        }
        Optional<Question> question = doc.string(node, pointer, "answer").flatMap(id -> {
            usedQuestions.add(id);
            Question q = questions.get(id);
            if (q == null) {
                doc.problem(LocatedJson.child(pointer, "answer"),
                        "unknown question id '" + id + "'; known: " + questions.keySet());
            } else if (q.type() == Question.Type.HOUSEHOLD) {
                doc.problem(LocatedJson.child(pointer, "answer"),
                        "question '" + id + "' is the household; use {\"someone\": …} conditions on its members");
                return Optional.empty();
            }
            return Optional.ofNullable(q);
        });
        Set<String> values = new LinkedHashSet<>();
        if (node.has("is") == node.has("in")) {
            doc.problem(pointer, "an answer condition has either \"is\": value or \"in\": [values]");
            return Optional.empty();
        }
        String valuesPointer = LocatedJson.child(pointer, node.has("is") ? "is" : "in");
        if (node.has("is")) {
            values.add(node.get("is").asText());
        } else {
            forEach(node.get("in"), valuesPointer, (value, p) -> values.add(value.asText()));
        }
        if (question.isEmpty()) {
            return Optional.empty();
        }
        List<String> offered = question.get().choiceValues();
        for (String value : values) {
            if (!offered.contains(value)) {
                doc.problem(valuesPointer, "question '" + question.get().id() + "' has no answer '" + value
                        + "'; its answers: " + offered);
                return Optional.empty();
            }
        }
        return Optional.of(new Condition.AnswerIn(question.get().id(), Set.copyOf(values)));
    }

    private Optional<Condition> someone(JsonNode node, String pointer, boolean death) {
        Set<String> present = new HashSet<>(AGE_KEYS);
        present.removeIf(k -> !node.has(k));
        if (present.size() != 1) {
            doc.problem(pointer, "a 'someone' condition has exactly one of " + AGE_KEYS);
            return Optional.empty();
        }
        String key = present.iterator().next();
        if (!doc.fields(node, pointer, Set.of("someone", key), Set.of())) {
            return Optional.empty();
        }
        Optional<Who> who = doc.string(node, pointer, "someone").flatMap(w -> {
            Optional<Who> found = Who.byId(w);
            if (found.isEmpty()) {
                doc.problem(LocatedJson.child(pointer, "someone"),
                        "unknown person '" + w + "'; expected resident, household, members or deceased");
            }
            return found;
        });
        if (who.isPresent() && who.get() == Who.DECEASED && !death) {
            doc.problem(LocatedJson.child(pointer, "someone"), "'deceased' exists only in rules for the event 'death' alone");
            return Optional.empty();
        }
        String valuePointer = LocatedJson.child(pointer, key);
        Optional<int[]> range = key.equals("untilSchoolYearOfAge")
                ? bound(node.get(key), valuePointer).map(n -> new int[] {0, n - 1})
                : range(node.get(key), valuePointer);
        Ages ages = switch (key) {
            case "age" -> Ages.LEGAL;
            case "ageFromBirthday" -> Ages.FROM_BIRTHDAY;
            default -> Ages.SCHOOL_YEAR;
        };
        if (who.isEmpty() || range.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Condition.AgeIn(who.get(), ages, range.get()[0], range.get()[1]));
    }

    /** {"min": n, "max": m}, either optional; a bound is a number or the name of a setting. */
    private Optional<int[]> range(JsonNode node, String pointer) {
        if (!doc.fields(node, pointer, Set.of(), Set.of("min", "max"))) {
            return Optional.empty();
        }
        if (node.isEmpty()) {
            doc.problem(pointer, "a range needs \"min\", \"max\" or both");
            return Optional.empty();
        }
        Optional<Integer> min = node.has("min") ? bound(node.get("min"), LocatedJson.child(pointer, "min")) : Optional.of(0);
        Optional<Integer> max = node.has("max")
                ? bound(node.get("max"), LocatedJson.child(pointer, "max")) : Optional.of(Integer.MAX_VALUE);
        if (min.isEmpty() || max.isEmpty()) {
            return Optional.empty();
        }
        if (min.get() > max.get()) {
            doc.problem(pointer, "min " + min.get() + " is above max " + max.get());
            return Optional.empty();
        }
        return Optional.of(new int[] {min.get(), max.get()});
    }

    private Optional<Integer> bound(JsonNode node, String pointer) {
        if (node.isTextual()) {
            Integer value = settings.get(node.asText());
            if (value == null) {
                doc.problem(pointer, "unknown setting '" + node.asText() + "'; known: " + settings.keySet());
            }
            return Optional.ofNullable(value);
        }
        return doc.integer(node, pointer);
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private boolean unique(String kind, String id, String pointer, Map<String, String> seen) {
        String first = seen.putIfAbsent(id, pointer);
        if (first != null) {
            doc.problem(pointer, "duplicate " + kind + " id '" + id + "' (first at line " + doc.json.lineOf(first) + ")");
            return false;
        }
        return true;
    }

    private void forEach(JsonNode node, String pointer, java.util.function.BiConsumer<JsonNode, String> action) {
        if (node == null) {
            return;
        }
        if (!node.isArray()) {
            doc.problem(pointer, "expected a list [ … ]");
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            action.accept(node.get(i), LocatedJson.child(pointer, i));
        }
    }

    private static String fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.toString();
    }

    /** One file being read: reports problems at the line of a JSON pointer. */
    private final class Doc {
        final LocatedJson json;

        Doc(LocatedJson json) {
            this.json = json;
        }

        void problem(String pointer, String message) {
            problems.add(new CatalogProblem(json.file(), json.lineOf(pointer), message));
        }

        /**
         * Is the node an object with all required fields and no others (a misspelt field is an error,
         * not silently ignored)? {@code optional == null} allows any other field.
         */
        boolean fields(JsonNode node, String pointer, Set<String> required, Set<String> optional) {
            if (node == null || !node.isObject()) {
                problem(pointer, "expected an object { … }");
                return false;
            }
            boolean complete = true;
            for (String field : required) {
                if (!node.has(field)) {
                    problem(pointer, "missing \"" + field + "\"");
                    complete = false;
                }
            }
            if (optional != null) {
                Iterable<String> names = node::fieldNames;
                for (String name : names) {
                    if (!required.contains(name) && !optional.contains(name)) {
                        problem(LocatedJson.child(pointer, name), "unknown field \"" + name + "\"; allowed: "
                                + new java.util.TreeSet<>(union(required, optional)));
                    }
                }
            }
            return complete;
        }

        Optional<String> string(JsonNode node, String pointer, String field) {
            JsonNode value = node.get(field);
            if (value == null) {
                return Optional.empty();
            }
            if (!value.isTextual() || value.asText().isBlank()) {
                problem(LocatedJson.child(pointer, field), "\"" + field + "\" must be a non-empty string");
                return Optional.empty();
            }
            return Optional.of(value.asText());
        }

        Optional<String> id(JsonNode node, String pointer, String field) {
            return string(node, pointer, field).filter(id -> {
                if (!KEBAB.matcher(id).matches()) {
                    problem(LocatedJson.child(pointer, field),
                            "'" + id + "' is not a stable id: use lower-case English kebab-case, e.g. nhi-enroll");
                    return false;
                }
                return true;
            });
        }

        Optional<Integer> integer(JsonNode node, String pointer) {
            if (node == null || !node.canConvertToInt() || !node.isIntegralNumber()) {
                problem(pointer, "expected a whole number");
                return Optional.empty();
            }
            return Optional.of(node.asInt());
        }

        /**
         * A {"ja": …, "en": …} text with every required language present and non-empty, no language the
         * file does not declare, and furigana markup only where it is shown as furigana.
         */
        Optional<LocalizedText> text(JsonNode node, String pointer, TextLanguages languages) {
            if (node == null || !node.isObject()) {
                problem(pointer, "expected a text in several languages, e.g. {\"ja\": \"…\", \"en\": \"…\"}");
                return Optional.empty();
            }
            Map<String, String> texts = new LinkedHashMap<>();
            boolean complete = true;
            for (String language : languages.required()) {
                if (!node.has(language)) {
                    problem(pointer, "missing translation '" + language + "'");
                    complete = false;
                }
            }
            Iterable<String> names = node::fieldNames;
            for (String language : names) {
                JsonNode value = node.get(language);
                String valuePointer = LocatedJson.child(pointer, language);
                if (!languages.allowed().contains(language)) {
                    problem(valuePointer, "'" + language + "' is not one of the declared languages "
                            + languages.allowed());
                    complete = false;
                } else if (!value.isTextual() || value.asText().isBlank()) {
                    problem(valuePointer, "translation '" + language + "' is empty");
                    complete = false;
                } else {
                    furiganaProblem(language, value.asText(), languages.furigana()).ifPresent(p -> problem(valuePointer, p));
                    texts.put(language, value.asText());
                }
            }
            return complete ? Optional.of(new LocalizedText(texts)) : Optional.empty();
        }
    }

    private static Optional<String> furiganaProblem(String language, String text, Optional<String> furigana) {
        if (furigana.isPresent() && furigana.get().equals(language)) {
            return RubyText.problem(text);
        }
        if (!RubyText.plain(text).equals(text)) {
            return Optional.of("furigana {漢字|かんじ} is shown only in " + furigana.map(f -> "'" + f + "'")
                    .orElse("no language of this text") + ", not in '" + language + "': '" + text + "'");
        }
        return Optional.empty();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
