package jp.kakanai.forms.navigation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The town's procedures, departments, life events and questions, read from the town pack by
 * {@link CatalogReader}. Immutable, so one instance serves every thread.
 */
public final class ProcedureCatalog {
    /**
     * A procedure with the rules one life event has for it, joined into one condition, and the questions that
     * condition reads (computed once: the navigation asks for them for every question of every visit).
     */
    record EventProcedure(Procedure procedure, int catalogIndex, List<Rule> rules, Condition needed,
                          Set<String> questionIds, List<Condition> leaves) {
        EventProcedure(Procedure procedure, int catalogIndex, List<Rule> rules, Condition needed) {
            this(procedure, catalogIndex, rules, needed, Set.copyOf(needed.questionIds()), needed.leaves().distinct().toList());
        }
    }

    private final List<Department> departments;
    private final List<Procedure> procedures;
    private final List<Question> questions;
    private final List<String> languages;
    private final List<LifeEvent> lifeEvents;
    private final Map<String, LifeEvent> lifeEventsById = new LinkedHashMap<>();
    private final Map<String, Question> questionsById = new LinkedHashMap<>();
    private final Map<String, Procedure> proceduresById = new LinkedHashMap<>();
    private final Map<String, Document> documents;
    private final Map<String, List<EventProcedure>> byEvent = new HashMap<>();

    ProcedureCatalog(List<Department> departments, List<Procedure> procedures, Map<String, List<Rule>> rules,
                     Map<String, Document> documents, List<Question> questions, List<String> languages,
                     List<LifeEvent> lifeEvents) {
        this.documents = Map.copyOf(documents);
        this.departments = List.copyOf(departments);
        this.procedures = List.copyOf(procedures);
        this.questions = List.copyOf(questions);
        this.languages = List.copyOf(languages);
        this.lifeEvents = List.copyOf(lifeEvents);
        lifeEvents.forEach(e -> lifeEventsById.put(e.id(), e));
        questions.forEach(q -> questionsById.put(q.id(), q));
        procedures.forEach(p -> proceduresById.put(p.id(), p));
        for (LifeEvent event : lifeEvents) {
            List<EventProcedure> forEvent = new ArrayList<>();
            for (int i = 0; i < procedures.size(); i++) {
                Procedure procedure = procedures.get(i);
                List<Rule> eventRules = rules.getOrDefault(procedure.id(), List.of()).stream()
                        .filter(r -> r.eventId().equals(event.id())).toList();
                if (!eventRules.isEmpty()) {
                    Condition needed = new Condition.Any(eventRules.stream().map(Rule::when).toList());
                    forEvent.add(new EventProcedure(procedure, i, eventRules, needed));
                }
            }
            byEvent.put(event.id(), List.copyOf(forEvent));
        }
    }

    /** The life events, in the order the kiosk offers them. */
    public List<LifeEvent> lifeEvents() {
        return lifeEvents;
    }

    public Optional<LifeEvent> lifeEvent(String id) {
        return Optional.ofNullable(id).map(lifeEventsById::get);
    }

    /** The event with this id; the exception lists the valid ids, for a clear 400 answer. */
    public LifeEvent lifeEventOrThrow(String id) {
        return lifeEvent(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown life event '" + id + "'; expected one of " + lifeEventIds()));
    }

    /** The ids of the life events, comma-separated, for messages. */
    public String lifeEventIds() {
        return String.join(", ", lifeEventsById.keySet());
    }
    /** Departments in walking order. */
    public List<Department> departments() {
        return departments;
    }

    public List<Procedure> procedures() {
        return procedures;
    }

    public Optional<Procedure> procedure(String id) {
        return Optional.ofNullable(proceduresById.get(id));
    }

    public Optional<Department> department(String id) {
        return departments.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public Optional<Document> document(String id) {
        return Optional.ofNullable(documents.get(id));
    }

    /** Every document a procedure or rule may ask the resident to bring. */
    public Collection<Document> documents() {
        return documents.values();
    }

    /** The position of a procedure in the catalog (its order within a department), or -1. */
    public int indexOf(String procedureId) {
        return procedures.indexOf(proceduresById.get(procedureId));
    }

    public List<Question> questions() {
        return questions;
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(questionsById.get(id));
    }

    /** The languages every question is translated into ({@code ja} first). */
    public List<String> languages() {
        return languages;
    }

    List<EventProcedure> forEvent(LifeEvent event) {
        return byEvent.getOrDefault(event.id(), List.of());
    }

    Map<String, Question> questionsById() {
        return questionsById;
    }
}
