package jp.kakanai.forms.navigation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kakanai.forms.json.JsonReading;
import jp.kakanai.forms.json.LocatedJson;

/**
 * Reads a rule's {@code when} (docs/navigation.md, "Conditions"): every answer value is checked against its
 * question's choices, every setting name against the town's settings, {@code deceased} against the event.
 * Records which questions some rule reads, so a question no rule reads is reported.
 */
final class ConditionReader {
    private static final Set<String> AGE_KEYS = Set.of("age", "ageFromBirthday", "schoolAge", "untilSchoolYearOfAge");
    private static final String KINDS = "all, any, not, answer, someone, householdSize, cardRead";

    private final JsonReading reading;
    private final Map<String, Question> questions;
    private final Map<String, Integer> settings;
    private final Set<String> usedQuestions;

    ConditionReader(JsonReading reading, Map<String, Question> questions, Map<String, Integer> settings,
                    Set<String> usedQuestions) {
        this.reading = reading;
        this.questions = questions;
        this.settings = settings;
        this.usedQuestions = usedQuestions;
    }

    /** @param deceasedAllowed the rule is for events whose household includes the person who died */
    Optional<Condition> read(LocatedJson node, boolean deceasedAllowed) {
        if (node instanceof LocatedJson.Value v && "always".equals(v.value())) {
            return Optional.of(new Condition.Always());
        }
        if (!(node instanceof LocatedJson.Obj obj) || obj.members().isEmpty()) {
            reading.problem(node, "a condition is \"always\" or an object with one of: " + KINDS);
            return Optional.empty();
        }
        if (obj.has("all") || obj.has("any")) {
            return group(obj, obj.has("all") ? "all" : "any", deceasedAllowed);
        }
        if (obj.has("not")) {
            return only(obj, "not") ? read(obj.members().get("not"), deceasedAllowed).map(Condition.Not::new) : Optional.empty();
        }
        if (obj.has("answer")) {
            return answer(obj);
        }
        if (obj.has("someone")) {
            return someone(obj, deceasedAllowed);
        }
        if (obj.has("householdSize")) {
            return only(obj, "householdSize")
                    ? range(obj.members().get("householdSize")).map(r -> new Condition.HouseholdSize(r[0], r[1]))
                    : Optional.empty();
        }
        if (obj.has("cardRead")) {
            if (only(obj, "cardRead") && obj.members().get("cardRead") instanceof LocatedJson.Value v
                    && Boolean.TRUE.equals(v.value())) {
                return Optional.of(new Condition.CardRead());
            }
            reading.problem(obj, "write {\"cardRead\": true}; for a card not read use {\"not\": {\"cardRead\": true}}");
            return Optional.empty();
        }
        reading.problem(obj, "unknown condition " + obj.members().keySet() + "; expected one of: " + KINDS);
        return Optional.empty();
    }

    private boolean only(LocatedJson.Obj obj, String key) {
        return reading.properties(obj, Set.of(key), Set.of(), "a condition");
    }

    private Optional<Condition> group(LocatedJson.Obj obj, String key, boolean deceasedAllowed) {
        if (!only(obj, key)) {
            return Optional.empty();
        }
        List<Optional<Condition>> parts = new ArrayList<>();
        reading.list(obj, key).forEach(part -> parts.add(read(part, deceasedAllowed)));
        if (parts.isEmpty()) {
            reading.problem(obj, "'" + key + "' needs at least one condition");
        }
        if (parts.isEmpty() || parts.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        List<Condition> conditions = parts.stream().map(Optional::get).toList();
        return Optional.of(key.equals("all") ? new Condition.All(conditions) : new Condition.Any(conditions));
    }

    private Optional<Condition> answer(LocatedJson.Obj node) {
        if (!reading.properties(node, Set.of("answer"), Set.of("is", "in"), "an answer condition")) {
            return Optional.empty();
        }
        Optional<Question> question = reading.string(node, "answer").flatMap(id -> {
            usedQuestions.add(id);
            Question q = questions.get(id);
            if (q == null) {
                reading.problem(node.lineOf("answer"), "unknown question id '" + id + "'; known: " + questions.keySet());
            } else if (q.type() == Question.Type.HOUSEHOLD) {
                reading.problem(node.lineOf("answer"),
                        "question '" + id + "' is the household; use {\"someone\": …} conditions on its members");
                return Optional.empty();
            }
            return Optional.ofNullable(q);
        });
        if (node.has("is") == node.has("in")) {
            reading.problem(node, "an answer condition has either \"is\": value or \"in\": [values]");
            return Optional.empty();
        }
        String key = node.has("is") ? "is" : "in";
        Set<String> values = new LinkedHashSet<>(node.has("is") ? reading.string(node, "is").stream().toList()
                : reading.strings(node, "in"));
        if (question.isEmpty()) {
            return Optional.empty();
        }
        List<String> offered = question.get().choiceValues();
        for (String value : values) {
            if (!offered.contains(value)) {
                reading.problem(node.lineOf(key), "question '" + question.get().id() + "' has no answer '" + value
                        + "'; its answers: " + offered);
                return Optional.empty();
            }
        }
        return Optional.of(new Condition.AnswerIn(question.get().id(), Set.copyOf(values)));
    }

    private Optional<Condition> someone(LocatedJson.Obj node, boolean deceasedAllowed) {
        Set<String> present = new HashSet<>(AGE_KEYS);
        present.removeIf(k -> !node.has(k));
        if (present.size() != 1) {
            reading.problem(node, "a 'someone' condition has exactly one of " + new java.util.TreeSet<>(AGE_KEYS));
            return Optional.empty();
        }
        String key = present.iterator().next();
        if (!reading.properties(node, Set.of("someone", key), Set.of(), "a 'someone' condition")) {
            return Optional.empty();
        }
        Optional<Who> who = reading.string(node, "someone").flatMap(w -> {
            Optional<Who> found = Who.byId(w);
            if (found.isEmpty()) {
                reading.problem(node.lineOf("someone"), "unknown person '" + w + "'; expected resident, household, members or deceased");
            }
            return found;
        });
        if (who.isPresent() && who.get() == Who.DECEASED && !deceasedAllowed) {
            reading.problem(node.lineOf("someone"), "'deceased' exists only in rules for events whose household includes "
                    + "the person who died (\"deceasedMember\": true in life-events.json), such as 'death'");
            return Optional.empty();
        }
        LocatedJson value = node.members().get(key);
        Optional<int[]> range = key.equals("untilSchoolYearOfAge")
                ? bound(value).map(n -> new int[] {0, n - 1})
                : range(value);
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
    private Optional<int[]> range(LocatedJson node) {
        Optional<LocatedJson.Obj> obj = reading.object(node, "a range {\"min\": …, \"max\": …}");
        if (obj.isEmpty() || !reading.properties(obj.get(), Set.of(), Set.of("min", "max"), "a range")) {
            return Optional.empty();
        }
        if (obj.get().members().isEmpty()) {
            reading.problem(node, "a range needs \"min\", \"max\" or both");
            return Optional.empty();
        }
        Optional<Integer> min = obj.get().get("min").map(this::bound).orElse(Optional.of(0));
        Optional<Integer> max = obj.get().get("max").map(this::bound).orElse(Optional.of(Integer.MAX_VALUE));
        if (min.isEmpty() || max.isEmpty()) {
            return Optional.empty();
        }
        if (min.get() > max.get()) {
            reading.problem(node, "min " + min.get() + " is above max " + max.get());
            return Optional.empty();
        }
        return Optional.of(new int[] {min.get(), max.get()});
    }

    private Optional<Integer> bound(LocatedJson node) {
        if (node instanceof LocatedJson.Value v && v.value() instanceof String name) {
            Integer value = settings.get(name);
            if (value == null) {
                reading.problem(node, "unknown setting '" + name + "'; known: " + settings.keySet());
            }
            return Optional.ofNullable(value);
        }
        return reading.wholeNumber(node, "a bound");
    }
}
