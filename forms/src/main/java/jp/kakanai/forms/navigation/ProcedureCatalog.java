package jp.kakanai.forms.navigation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The town's procedures, departments and questions, loaded from data ({@code navigation/catalog.json} and
 * {@code navigation/questions.json}) by {@link CatalogLoader}. Immutable, so one instance serves every
 * thread.
 */
public final class ProcedureCatalog {
    static final String CATALOG_RESOURCE = "navigation/catalog.json";
    static final String QUESTIONS_RESOURCE = "navigation/questions.json";

    /** A procedure with the rules one life event has for it, joined into one condition. */
    record EventProcedure(Procedure procedure, int catalogIndex, List<Rule> rules, Condition needed) {
    }

    private final List<Department> departments;
    private final List<Procedure> procedures;
    private final List<Question> questions;
    private final List<String> languages;
    private final Map<String, Question> questionsById = new LinkedHashMap<>();
    private final Map<String, Procedure> proceduresById = new LinkedHashMap<>();
    private final Map<String, Document> documents;
    private final Map<LifeEvent, List<EventProcedure>> byEvent = new EnumMap<>(LifeEvent.class);

    ProcedureCatalog(List<Department> departments, List<Procedure> procedures, Map<String, List<Rule>> rules,
                     Map<String, Document> documents, List<Question> questions, List<String> languages) {
        this.documents = Map.copyOf(documents);
        this.departments = List.copyOf(departments);
        this.procedures = List.copyOf(procedures);
        this.questions = List.copyOf(questions);
        this.languages = List.copyOf(languages);
        questions.forEach(q -> questionsById.put(q.id(), q));
        procedures.forEach(p -> proceduresById.put(p.id(), p));
        for (LifeEvent event : LifeEvent.values()) {
            List<EventProcedure> forEvent = new ArrayList<>();
            for (int i = 0; i < procedures.size(); i++) {
                Procedure procedure = procedures.get(i);
                List<Rule> eventRules = rules.getOrDefault(procedure.id(), List.of()).stream()
                        .filter(r -> r.event() == event).toList();
                if (!eventRules.isEmpty()) {
                    Condition needed = new Condition.Any(eventRules.stream().map(Rule::when).toList());
                    forEvent.add(new EventProcedure(procedure, i, eventRules, needed));
                }
            }
            byEvent.put(event, List.copyOf(forEvent));
        }
    }

    /** The catalog shipped in this jar (the town's own data in a deployment). */
    public static ProcedureCatalog standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final ProcedureCatalog INSTANCE = CatalogLoader.load(
                resource(CATALOG_RESOURCE), resource(QUESTIONS_RESOURCE), SharedFormIds.ALL);

        private static CatalogLoader.Source resource(String name) {
            try (InputStream in = ProcedureCatalog.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("navigation data missing from the classpath: " + name);
                }
                return new CatalogLoader.Source(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
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
        return byEvent.get(event);
    }

    Map<String, Question> questionsById() {
        return questionsById;
    }
}
