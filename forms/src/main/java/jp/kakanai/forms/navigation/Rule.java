package jp.kakanai.forms.navigation;

import java.util.List;
import java.util.Optional;

/**
 * "This life event needs the procedure when …": the condition, the reason a clerk reads aloud, and what
 * this case adds to the procedure's documents (e.g. 負担区分証明書 only when moving in) or its deadline.
 */
record Rule(String eventId, Condition when, LocalizedText reason, List<Document> bring,
            Optional<LocalizedText> deadline) {
    Rule {
        bring = List.copyOf(bring);
    }
}
