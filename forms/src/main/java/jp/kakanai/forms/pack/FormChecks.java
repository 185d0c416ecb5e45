package jp.kakanai.forms.pack;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import jp.kakanai.forms.definition.DerivedDate;
import jp.kakanai.forms.definition.Element;
import jp.kakanai.forms.definition.ElementKind;
import jp.kakanai.forms.definition.FormCatalog;
import jp.kakanai.forms.definition.FormDefinition;
import jp.kakanai.forms.json.DataFiles;
import jp.kakanai.forms.json.FileProblem;
import jp.kakanai.forms.navigation.LifeEvent;
import jp.kakanai.forms.navigation.ProcedureCatalog;
import jp.kakanai.forms.navigation.Question;

/**
 * The checks between the forms and the rest of the pack: a form's department is a department id; a box
 * reading {@code answers.<id>} reads a declared answer or a question, and a checkbox value is one that answer
 * takes; a life event implies only declared answers and values; a declared answer is read by some form.
 */
final class FormChecks {
    private final List<FileProblem> problems;

    FormChecks(List<FileProblem> problems) {
        this.problems = problems;
    }

    /** @param allForms every form file could be read (else "read by no form" would blame the wrong file) */
    void check(DataFiles files, FormCatalog forms, boolean allForms, ProcedureCatalog catalog, Map<FormAnswer, Integer> answers,
               Map<String, Map<String, Integer>> impliedLines) {
        Map<String, FormAnswer> byId = new java.util.LinkedHashMap<>();
        answers.keySet().forEach(a -> byId.put(a.id(), a));
        Set<String> read = new HashSet<>();
        for (FormDefinition form : forms.all()) {
            String file = "forms/" + form.id() + ".json";
            if (catalog.department(form.department()).isEmpty()) {
                problems.add(new FileProblem(file, lineOf(files.text(file).orElse(""), "\"department\""),
                        "department '" + form.department() + "' is no department id of "
                        + "departments.json; known: " + catalog.departments().stream().map(d -> d.id()).toList()));
            }
            checkLifeEvents(file, form, catalog);
            for (Element element : form.elements()) {
                element.source().filter(s -> s.startsWith("answers.")).map(s -> s.substring("answers.".length()))
                        .ifPresent(id -> {
                            read.add(id);
                            checkAnswer(file, element, id, byId, catalog);
                        });
            }
        }
        answers.forEach((answer, line) -> {
            if (allForms && !read.contains(answer.id())) {
                problems.add(new FileProblem(FormAnswersReader.FILE, line, "answer '" + answer.id()
                        + "' is read by no form; remove it or use it"));
            }
        });
        for (LifeEvent event : catalog.lifeEvents()) {
            Map<String, Integer> lines = impliedLines.getOrDefault(event.id(), Map.of());
            event.impliedAnswers().forEach((id, value) -> {
                int line = lines.getOrDefault(id, 0);
                Optional<FormAnswer> answer = Optional.ofNullable(byId.get(id));
                if (answer.isEmpty()) {
                    problems.add(new FileProblem("life-events.json", line, "event '" + event.id() + "' implies answer '"
                            + id + "', which form-answers.json does not declare"));
                } else if (!answer.get().values().contains(value)) {
                    problems.add(new FileProblem("life-events.json", line, "event '" + event.id() + "' implies '" + id
                            + "' = '" + value + "'; its values: " + answer.get().values()));
                }
            });
        }
    }

    /** A derived date's source that counts only on some life events names events of life-events.json. */
    private void checkLifeEvents(String file, FormDefinition form, ProcedureCatalog catalog) {
        Set<String> known = new HashSet<>();
        catalog.lifeEvents().forEach(e -> known.add(e.id()));
        for (DerivedDate derived : form.derived()) {
            derived.firstOf().stream().flatMap(f -> f.lifeEvents().stream()).filter(id -> !known.contains(id))
                    .forEach(id -> problems.add(new FileProblem(file, derived.line(), "derived date '" + derived.id()
                            + "' counts a source on life event '" + id + "', which life-events.json does not have; known: "
                            + known.stream().sorted().toList())));
        }
    }

    /** The line of the first occurrence of {@code needle}, or 0. */
    static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return at < 0 ? 0 : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private void checkAnswer(String file, Element element, String id, Map<String, FormAnswer> answers,
                             ProcedureCatalog catalog) {
        Optional<Question> question = catalog.question(id);
        Optional<FormAnswer> answer = Optional.ofNullable(answers.get(id));
        if (question.isEmpty() && answer.isEmpty()) {
            Set<String> known = new TreeSet<>(answers.keySet());
            problems.add(new FileProblem(file, element.line(), "unknown data key 'answers." + id + "': no question of "
                    + "questions.json and no answer of form-answers.json has this id (answers: " + known + ")"));
            return;
        }
        if (element.kind() != ElementKind.CHECKBOX || element.value().isEmpty()) {
            return;
        }
        List<String> values = answer.map(FormAnswer::values).orElseGet(() -> question.get().choiceValues());
        if (!values.contains(element.value().get())) {
            problems.add(new FileProblem(file, element.line(), "checkbox value '" + element.value().get()
                    + "' is not one that answers." + id + " takes: " + values));
        }
    }
}
