package jp.kakanai.forms.navigation;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kakanai.forms.json.DataFiles;
import jp.kakanai.forms.json.FileProblem;
import jp.kakanai.forms.json.JsonReading;
import jp.kakanai.forms.json.LocatedJson;

/**
 * Reads the navigation part of a town pack: {@code departments.json}, {@code documents.json},
 * {@code life-events.json}, {@code questions.json} and {@code procedures.json}, each by its own small
 * reader, then the checks across them (a question no rule reads, a document no procedure brings). Every
 * problem goes to the caller's list with its file and line; the catalog is built only when there is none.
 */
public final class CatalogReader {
    public static final String DEPARTMENTS = "departments.json";
    public static final String DOCUMENTS = "documents.json";
    public static final String LIFE_EVENTS = "life-events.json";
    public static final String QUESTIONS = "questions.json";
    public static final String PROCEDURES = "procedures.json";

    /** What the rest of the pack tells the catalog: its languages, the town's settings, its form ids. */
    public record Input(List<String> languages, Map<String, Integer> settings, Set<String> formIds) {
    }

    /**
     * The catalog with the lines of what other files' checks need: life events' and procedures' implied answers
     * (event or procedure id → answer id → line).
     */
    public record Result(ProcedureCatalog catalog, Map<String, Map<String, Integer>> impliedAnswerLines,
                         Map<String, Map<String, Integer>> procedureImpliedLines) {
    }

    private CatalogReader() {
    }

    /**
     * The catalog as far as it could be read; it is whole only when no problem was added (the caller checks),
     * and is returned anyway so that the checks across the pack's other files see every id.
     */
    public static Result read(DataFiles files, Input input, List<FileProblem> problems) {
        List<Department> departments = file(files, DEPARTMENTS, problems,
                (r, root) -> new DepartmentsReader(r, input.languages()).read(root)).orElse(List.of());
        Map<Document, Integer> documents = file(files, DOCUMENTS, problems,
                (r, root) -> new DocumentsReader(r, input.languages()).read(root)).orElse(Map.of());
        List<LifeEventsReader.Read> events = file(files, LIFE_EVENTS, problems,
                (r, root) -> new LifeEventsReader(r, input.languages()).read(root)).orElse(List.of());
        List<QuestionsReader.Read> questions = file(files, QUESTIONS, problems,
                (r, root) -> new QuestionsReader(r, input.languages()).read(root)).orElse(List.of());

        Map<String, Question> questionsById = new LinkedHashMap<>();
        questions.forEach(q -> questionsById.put(q.question().id(), q.question()));
        Map<String, Document> documentsById = new LinkedHashMap<>();
        documents.keySet().forEach(d -> documentsById.put(d.id(), d));
        Map<String, LifeEvent> eventsById = new LinkedHashMap<>();
        events.forEach(e -> eventsById.put(e.event().id(), e.event()));
        Map<String, Department> departmentsById = new LinkedHashMap<>();
        departments.forEach(d -> departmentsById.put(d.id(), d));

        events.forEach(e -> e.moveAnswerLines().forEach((question, line) ->
                movesOnUnknownAnswers(e.event(), question, line, questionsById, problems)));
        Set<String> usedQuestions = new HashSet<>();
        Set<String> usedDocuments = new HashSet<>();
        Optional<List<ProceduresReader.Read>> read = file(files, PROCEDURES, problems, (r, root) -> new ProceduresReader(r,
                new ProceduresReader.Known(departmentsById, documentsById, input.formIds(), eventsById),
                new ConditionReader(r, questionsById, input.settings(), usedQuestions), input.languages(), usedDocuments)
                .read(root));
        // Without a readable procedures.json every document and question would look unused: say only what is wrong.
        if (read.isPresent()) {
            reportUnused(documents, questions, usedDocuments, usedQuestions, problems);
        }
        List<ProceduresReader.Read> procedures = read.orElse(List.of());
        Map<String, List<Rule>> rules = new LinkedHashMap<>();
        procedures.forEach(p -> rules.put(p.procedure().id(), p.rules()));
        List<Department> walkingOrder = departments.stream().sorted(Comparator.comparingInt(Department::walkingOrder)).toList();
        Map<String, Map<String, Integer>> impliedLines = new LinkedHashMap<>();
        events.forEach(e -> impliedLines.put(e.event().id(), e.impliedLines()));
        Map<String, Map<String, Integer>> procedureLines = new LinkedHashMap<>();
        procedures.forEach(p -> procedureLines.put(p.procedure().id(), p.impliedLines()));
        List<String> questionLanguages = input.languages().stream().filter(l -> !LocalizedText.EASY_JAPANESE.equals(l)).toList();
        return new Result(new ProcedureCatalog(walkingOrder, procedures.stream().map(ProceduresReader.Read::procedure).toList(),
                rules, documentsById, questions.stream().map(QuestionsReader.Read::question).toList(), questionLanguages,
                events.stream().map(LifeEventsReader.Read::event).toList()), impliedLines, procedureLines);
    }

    /** A life event's move by answer names a question of questions.json and answers it can give. */
    private static void movesOnUnknownAnswers(LifeEvent event, String question, int line,
                                              Map<String, Question> questions, List<FileProblem> problems) {
        Question asked = questions.get(question);
        if (asked == null) {
            problems.add(new FileProblem(LIFE_EVENTS, line, "moveOnAnswer of '" + event.id() + "' names the question '"
                    + question + "', which questions.json does not have"));
            return;
        }
        List<String> values = asked.type() == Question.Type.YES_NO ? List.of("yes", "no")
                : asked.choices().stream().map(Question.Choice::value).toList();
        event.movesOnAnswer().get(question).keySet().stream().filter(a -> !values.contains(a)).forEach(a ->
                problems.add(new FileProblem(LIFE_EVENTS, line, "moveOnAnswer of '" + event.id() + "': '" + a
                        + "' is no answer of '" + question + "' (" + String.join(", ", values) + ")")));
    }

    private static void reportUnused(Map<Document, Integer> documents, List<QuestionsReader.Read> questions,
                                     Set<String> usedDocuments, Set<String> usedQuestions, List<FileProblem> problems) {
        documents.forEach((document, line) -> {
            if (!usedDocuments.contains(document.id())) {
                problems.add(new FileProblem(DOCUMENTS, line, "document '" + document.id()
                        + "' is brought by no procedure; remove it or use it"));
            }
        });
        for (QuestionsReader.Read q : questions) {
            if (q.question().type() != Question.Type.HOUSEHOLD && !usedQuestions.contains(q.question().id())) {
                problems.add(new FileProblem(QUESTIONS, q.line(), "question '" + q.question().id()
                        + "' is used by no rule's condition; remove it or use it"));
            }
        }
    }

    /** Reads one file of the pack with its reader; a missing file or one that is no JSON object is a problem. */
    public static <T> Optional<T> file(DataFiles files, String name, List<FileProblem> problems,
                                       java.util.function.BiFunction<JsonReading, LocatedJson.Obj, T> reader) {
        Optional<String> text = files.text(name);
        if (text.isEmpty()) {
            problems.add(new FileProblem(name, 0, "missing: every town pack has " + name
                    + " (copy it from the sample town, town/sample/)"));
            return Optional.empty();
        }
        JsonReading reading = new JsonReading(name, problems);
        return reading.parseObject(text.get(), name).map(root -> reader.apply(reading, root));
    }
}
