package jp.kakanai.forms.navigation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The resident's answers by question id. The value {@value #DONT_KNOW} ("わからない") counts as answered
 * (the question is not asked again) but decides nothing: procedures that depend on it are listed
 * for the clerk to confirm.
 */
public record Answers(Map<String, String> values) {
    public static final String DONT_KNOW = "dont-know";

    public Answers {
        values = Map.copyOf(values);
    }

    public static Answers none() {
        return new Answers(Map.of());
    }

    /** Answers from alternating id, value pairs: {@code Answers.of("dog", "yes", "public-servant", "no")}. */
    public static Answers of(String... idValuePairs) {
        if (idValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException("answers come in pairs of question id and value");
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < idValuePairs.length; i += 2) {
            values.put(idValuePairs[i], idValuePairs[i + 1]);
        }
        return new Answers(values);
    }

    public boolean isAnswered(String questionId) {
        return values.containsKey(questionId);
    }

    /** The answer when it decides something: absent when unanswered or "don't know". */
    public Optional<String> decided(String questionId) {
        String value = values.get(questionId);
        return value == null || DONT_KNOW.equals(value) ? Optional.empty() : Optional.of(value);
    }

    public Answers with(String questionId, String value) {
        Map<String, String> copy = new HashMap<>(values);
        copy.put(questionId, value);
        return new Answers(copy);
    }
}
