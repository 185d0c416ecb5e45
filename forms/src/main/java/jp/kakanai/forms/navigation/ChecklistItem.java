package jp.kakanai.forms.navigation;

import java.util.List;
import java.util.Optional;

/**
 * One procedure on a visit's checklist, with the reason a clerk can read aloud ("65歳以上のため"),
 * everything to bring, the deadline, the people it concerns ({@code "resident"} or {@code "household[i]"},
 * an index into {@link Household#members()}), and, when {@link Certainty#TO_CONFIRM}, the unanswered
 * questions that would settle it ({@code "household"} when the household itself is missing).
 */
public record ChecklistItem(Procedure procedure, Certainty certainty, LocalizedText reason,
                            List<Document> bring, Optional<LocalizedText> deadline,
                            List<String> concerns, List<String> openQuestions) {

    public enum Certainty {
        /** The rules say the visit needs it. */
        NEEDED("needed"),
        /** It depends on something not known yet (an answer "わからない", a missing birth date): ask and confirm. */
        TO_CONFIRM("to-confirm");

        private final String id;

        Certainty(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public ChecklistItem {
        bring = List.copyOf(bring);
        concerns = List.copyOf(concerns);
        openQuestions = List.copyOf(openQuestions);
    }

    public String procedureId() {
        return procedure.id();
    }

    public Department department() {
        return procedure.department();
    }
}
