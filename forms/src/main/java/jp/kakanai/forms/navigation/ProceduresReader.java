package jp.kakanai.forms.navigation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import jp.kakanai.forms.json.JsonReading;
import jp.kakanai.forms.json.LocatedJson;

/**
 * Reads {@code procedures.json}: each procedure with its department, its forms (ids of the pack's form
 * files), what to bring, its deadline, the answers it fixes on its forms ({@code implies}) and its rules (event,
 * condition, reason). Ids of departments, forms, documents, life events and questions are checked against the
 * other files; the implied answers against the forms and {@code form-answers.json}, across files.
 */
final class ProceduresReader {
    /** What the other files define, for the cross-checks. */
    record Known(Map<String, Department> departments, Map<String, Document> documents, Set<String> formIds,
                 Map<String, LifeEvent> lifeEvents) {
    }

    /** A procedure, its rules and the lines of its implied answers (checked against the forms later). */
    record Read(Procedure procedure, List<Rule> rules, Map<String, Integer> impliedLines) {
    }

    private final JsonReading reading;
    private final Known known;
    private final ConditionReader conditions;
    private final List<String> languages;
    private final Set<String> usedDocuments;

    ProceduresReader(JsonReading reading, Known known, ConditionReader conditions, List<String> languages,
                     Set<String> usedDocuments) {
        this.reading = reading;
        this.known = known;
        this.conditions = conditions;
        this.languages = languages;
        this.usedDocuments = usedDocuments;
    }

    List<Read> read(LocatedJson.Obj root) {
        List<Read> procedures = new ArrayList<>();
        if (!reading.properties(root, Set.of("procedures"), Set.of(), "procedures.json")) {
            return procedures;
        }
        Map<String, Integer> seen = new HashMap<>();
        reading.eachObject(root, "procedures", "a procedure", node -> procedure(node)
                .filter(p -> reading.unique("procedure", p.procedure().id(), node, seen))
                .ifPresent(procedures::add));
        return procedures;
    }

    private Optional<Read> procedure(LocatedJson.Obj node) {
        if (!reading.properties(node, Set.of("id", "name", "department", "forms", "rules"), Set.of("bring", "deadline", "implies"),
                "a procedure")) {
            return Optional.empty();
        }
        Optional<String> id = reading.id(node, "id");
        Optional<LocalizedText> name = Texts.read(reading, node, "name",
                TextLanguages.all(languages, LocalizedText.EASY_JAPANESE));
        Optional<Department> department = reading.string(node, "department").flatMap(d -> {
            if (!known.departments().containsKey(d)) {
                reading.problem(node.lineOf("department"), "unknown department '" + d + "'; known: "
                        + known.departments().keySet());
            }
            return Optional.ofNullable(known.departments().get(d));
        });
        List<String> forms = new ArrayList<>();
        for (LocatedJson form : reading.list(node, "forms")) {
            Optional<String> formId = form instanceof LocatedJson.Value v ? v.text() : Optional.empty();
            if (formId.isEmpty()) {
                reading.problem(form, "a form id is a string");
            } else if (!known.formIds().contains(formId.get())) {
                reading.problem(form, "unknown form id '" + formId.get() + "' (no forms/" + formId.get()
                        + ".json in the pack); known: " + new TreeSet<>(known.formIds()));
            } else {
                forms.add(formId.get());
            }
        }
        List<Document> bring = bring(node);
        Optional<LocalizedText> deadline = node.get("deadline").flatMap(d -> Texts.read(reading, d, TextLanguages.clerk(languages)));
        ImpliedAnswersReader.Implied implied = ImpliedAnswersReader.read(reading, node);
        List<Rule> rules = new ArrayList<>();
        reading.eachObject(node, "rules", "a rule", rule -> rules.addAll(rule(rule)));
        if (node.members().get("rules") instanceof LocatedJson.Arr arr && arr.items().isEmpty()) {
            reading.problem(arr, "a procedure needs at least one rule, or no life event ever needs it");
        }
        if (id.isEmpty() || name.isEmpty() || department.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Read(new Procedure(id.get(), name.get(), department.get(), forms, bring, deadline,
                implied.answers()), rules, implied.lines()));
    }

    private List<Document> bring(LocatedJson.Obj node) {
        List<Document> list = new ArrayList<>();
        for (LocatedJson item : reading.list(node, "bring")) {
            Optional<Document> document = (item instanceof LocatedJson.Value v ? v.text() : Optional.<String>empty())
                    .map(known.documents()::get);
            if (document.isEmpty()) {
                reading.problem(item, "unknown document id " + item + "; define it in documents.json");
            } else {
                usedDocuments.add(document.get().id());
                list.add(document.get());
            }
        }
        return list;
    }

    /** One rule, or one per event when {@code "event"} lists several. */
    private List<Rule> rule(LocatedJson.Obj node) {
        if (!reading.properties(node, Set.of("event", "when", "reason"), Set.of("bring", "deadline"), "a rule")) {
            return List.of();
        }
        LocatedJson eventNode = node.members().get("event");
        List<LocatedJson> ids = eventNode instanceof LocatedJson.Arr arr ? arr.items() : List.of(eventNode);
        List<LifeEvent> events = new ArrayList<>();
        for (LocatedJson id : ids) {
            Optional<LifeEvent> event = (id instanceof LocatedJson.Value v ? v.text() : Optional.<String>empty())
                    .map(known.lifeEvents()::get);
            if (event.isEmpty()) {
                reading.problem(id, "unknown life event " + id + "; life-events.json defines " + known.lifeEvents().keySet());
            } else {
                events.add(event.get());
            }
        }
        if (ids.isEmpty()) {
            reading.problem(eventNode, "name at least one life event");
        }
        boolean deceasedAllowed = !events.isEmpty() && events.stream().allMatch(LifeEvent::deceasedMember);
        Optional<Condition> when = conditions.read(node.members().get("when"), deceasedAllowed);
        Optional<LocalizedText> reason = Texts.read(reading, node, "reason", TextLanguages.clerk(languages));
        List<Document> bring = bring(node);
        Optional<LocalizedText> deadline = node.get("deadline").flatMap(d -> Texts.read(reading, d, TextLanguages.clerk(languages)));
        if (events.size() != ids.size() || when.isEmpty() || reason.isEmpty()) {
            return List.of();
        }
        return events.stream().map(e -> new Rule(e.id(), when.get(), reason.get(), bring, deadline)).toList();
    }
}
