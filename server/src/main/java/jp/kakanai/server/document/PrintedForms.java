package jp.kakanai.server.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kakanai.forms.navigation.ChecklistItem;
import jp.kakanai.forms.navigation.Procedure;
import jp.kakanai.forms.navigation.ProcedureCatalog;
import jp.kakanai.forms.render.FormRenderer;
import jp.kakanai.server.checklist.ChecklistView;

/**
 * The forms of a visit's print in walking order, each once: for the first procedure on the checklist that needs it
 * (not marked 不要), with the answers every such procedure fixes on it, then the forms no checklist item brought (a
 * kiosk may have chosen a form id). A procedure still 要確認 fixes nothing: whether the resident claims it is not
 * settled, and a box left blank for the clerk is better than a tick the resident did not ask for.
 */
final class PrintedForms {
    private static final String NOT_NEEDED = "not-needed";
    private static final String TO_CONFIRM = ChecklistItem.Certainty.TO_CONFIRM.id();

    private PrintedForms() {
    }

    static List<PrintedForm> of(ChecklistView checklist, FormRenderer renderer, ProcedureCatalog catalog,
                                List<String> otherForms) {
        Map<String, PrintedForm> forms = new LinkedHashMap<>();
        Map<String, Map<String, String>> implied = new LinkedHashMap<>();
        for (ChecklistView.DepartmentGroup department : checklist.departments()) {
            for (ChecklistView.Item item : department.items()) {
                if (NOT_NEEDED.equals(item.status())) {
                    continue;
                }
                Map<String, String> fixes = TO_CONFIRM.equals(item.certainty()) ? Map.of()
                        : item.procedureId().flatMap(catalog::procedure).map(Procedure::impliedAnswers).orElse(Map.of());
                item.forms().stream().filter(renderer::hasForm).forEach(id -> {
                    forms.putIfAbsent(id, form(renderer, id, department.id(), item.concerns()));
                    // Two procedures fixing one answer differently: the first in walking order wins.
                    fixes.forEach((answer, value) -> implied.computeIfAbsent(id, f -> new LinkedHashMap<>())
                            .putIfAbsent(answer, value));
                });
            }
        }
        for (String id : otherForms) {
            forms.putIfAbsent(id, form(renderer, id, renderer.definition(id).orElseThrow().department(), List.of()));
        }
        return forms.values().stream().map(f -> new PrintedForm(f.formId(), f.title(), f.departmentId(), f.concerns(),
                implied.getOrDefault(f.formId(), Map.of()))).toList();
    }

    private static PrintedForm form(FormRenderer renderer, String id, String department, List<String> concerns) {
        return new PrintedForm(id, renderer.definition(id).orElseThrow().title(), department, concerns, Map.of());
    }
}
