package jp.kakanai.forms.navigation;

import java.util.List;
import java.util.Optional;

/**
 * "This life event needs the procedure when …": the condition, the reason a clerk reads aloud, and what
 * this case adds to the procedure's documents (e.g. 負担区分証明書 only when moving in) or its deadline.
 */
record Rule(String eventId, Condition when, LocalizedText reason, List<Document> bring,
            Optional<LocalizedText> deadline, LocalizedText reasonToConfirm) {
    private static final LocalizedText TO_CONFIRM = LocalizedText.of("要確認: ", "To confirm: ");

    Rule {
        bring = List.copyOf(bring);
    }

    /** With the reason read while the rule is still open ("要確認: …"), built once with the catalog. */
    Rule(String eventId, Condition when, LocalizedText reason, List<Document> bring, Optional<LocalizedText> deadline) {
        this(eventId, when, reason, bring, deadline, reason.prefixedBy(TO_CONFIRM));
    }
}
