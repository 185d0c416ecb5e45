package jp.kakanai.forms.pack;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import jp.kakanai.forms.json.JsonReading;
import jp.kakanai.forms.json.LocatedJson;

/** Reads {@code form-answers.json}: the answers forms may read beyond the questions, with their values. */
final class FormAnswersReader {
    static final String FILE = "form-answers.json";
    private final JsonReading reading;

    FormAnswersReader(JsonReading reading) {
        this.reading = reading;
    }

    /** The answers by id, each with its line. */
    Map<FormAnswer, Integer> read(LocatedJson.Obj root) {
        Map<FormAnswer, Integer> answers = new LinkedHashMap<>();
        if (!reading.properties(root, Set.of("answers"), Set.of(), FILE)) {
            return answers;
        }
        Map<String, Integer> seen = new HashMap<>();
        reading.eachObject(root, "answers", "an answer", node -> {
            if (reading.properties(node, Set.of("id", "label"), Set.of("values"), "an answer")) {
                var id = reading.id(node, "id");
                var label = reading.string(node, "label");
                var values = reading.strings(node, "values");
                values.forEach(v -> reading.isId(v, node.members().get("values")));
                if (id.isPresent() && label.isPresent() && reading.unique("answer", id.get(), node, seen)) {
                    answers.put(new FormAnswer(id.get(), label.get(), values), node.line());
                }
            }
        });
        return answers;
    }
}
