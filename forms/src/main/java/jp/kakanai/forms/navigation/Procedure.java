package jp.kakanai.forms.navigation;

import java.util.List;
import java.util.Optional;

/**
 * One procedure (手続き) a resident may need, as the catalog describes it: the department that handles
 * it, the prefilled forms it prints (ids shared with forms/ and {@code /api/visits/{id}/forms/{formId}.pdf};
 * empty when the resident brings the form or none exists, e.g. the hospital's 出生届), what to bring in
 * every case, and the legal deadline. The conditions live in the catalog beside it.
 */
public record Procedure(String id, LocalizedText name, Department department, List<String> formIds,
                        List<Document> bring, Optional<LocalizedText> deadline) {
    public Procedure {
        formIds = List.copyOf(formIds);
        bring = List.copyOf(bring);
    }
}
