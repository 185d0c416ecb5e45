package jp.kakanai.forms.navigation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One procedure (手続き) a resident may need, as the catalog describes it: the department that handles
 * it, the prefilled forms it prints (ids shared with forms/ and {@code /api/visits/{id}/forms/{formId}.pdf};
 * empty when the resident brings the form or none exists, e.g. the hospital's 出生届), what to bring in
 * every case, and the legal deadline. The conditions live in the catalog beside it.
 *
 * @param impliedAnswers form answer id → value the procedure fixes on its own forms ({@code procedures.json}
 *                       "implies"): several procedures may share one form (未支給年金, 遺族基礎年金, 寡婦年金 and
 *                       死亡一時金 one 請求書), and each ticks its own 「請求する給付」 box when it is on the checklist
 */
public record Procedure(String id, LocalizedText name, Department department, List<String> formIds,
                        List<Document> bring, Optional<LocalizedText> deadline, Map<String, String> impliedAnswers) {
    public Procedure {
        formIds = List.copyOf(formIds);
        bring = List.copyOf(bring);
        impliedAnswers = Map.copyOf(impliedAnswers);
    }

    /** A procedure that fixes no answer. */
    public Procedure(String id, LocalizedText name, Department department, List<String> formIds,
                     List<Document> bring, Optional<LocalizedText> deadline) {
        this(id, name, department, formIds, bring, deadline, Map.of());
    }
}
