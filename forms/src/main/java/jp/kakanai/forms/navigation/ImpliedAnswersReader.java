package jp.kakanai.forms.navigation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.kakanai.forms.json.JsonReading;
import jp.kakanai.forms.json.LocatedJson;

/**
 * Reads an {@code "implies"} object (answer id → value) of a life event or a procedure, with each answer's line:
 * whether the answer is declared in {@code form-answers.json} and takes that value is checked with the forms,
 * across files ({@code FormChecks}).
 */
final class ImpliedAnswersReader {
    /** The implied answers and the line each one is on. */
    record Implied(Map<String, String> answers, Map<String, Integer> lines) {
        static final Implied NONE = new Implied(Map.of(), Map.of());
    }

    private ImpliedAnswersReader() {
    }

    static Implied read(JsonReading reading, LocatedJson.Obj node) {
        Map<String, String> answers = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        node.get("implies").flatMap(i -> reading.object(i, "\"implies\" (answer id → value)")).ifPresent(i ->
                i.members().forEach((answer, value) -> {
                    Optional<String> text = value instanceof LocatedJson.Value v ? v.text() : Optional.empty();
                    if (text.isEmpty()) {
                        reading.problem(value, "the implied answer '" + answer + "' must be a text value");
                    } else {
                        answers.put(answer, text.get());
                        lines.put(answer, i.lineOf(answer));
                    }
                }));
        return new Implied(answers, lines);
    }
}
