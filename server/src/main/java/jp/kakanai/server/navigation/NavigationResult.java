package jp.kakanai.server.navigation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import jp.kakanai.forms.navigation.Checklist;
import jp.kakanai.forms.navigation.ChecklistItem;
import jp.kakanai.forms.navigation.Department;
import jp.kakanai.forms.navigation.Document;
import jp.kakanai.forms.navigation.LocalizedText;
import jp.kakanai.forms.navigation.Question;

/**
 * The answer of {@code POST /api/navigation}: every procedure in walking order, the departments to visit,
 * and the questions still worth asking (so a kiosk or the counter interview asks the next one without
 * another round trip). {@code townPackVersion} is the version in force that made it: the one a check-in made
 * now starts its visit on.
 */
public record NavigationResult(String event, LocalDate visitDate, int townPackVersion, List<Item> items,
                               List<Stop> departments, List<QuestionView> openQuestions) {

    /**
     * One procedure: {@code certainty} is {@code needed} or {@code to-confirm}; {@code concerns} says for whom;
     * {@code myNumberForms}: those of its forms that print the 個人番号 in this pack version. The kiosk reads the
     * number from the card only for these (番号法: collected only where the procedure's form needs it), so it asks
     * the town's pack, never a copy of its own (docs/kiosk.md, "The My Number").
     */
    public record Item(String procedureId, LocalizedText name, String departmentId, List<String> forms,
                       List<String> myNumberForms, String certainty, LocalizedText reason, List<Document> bring,
                       Optional<LocalizedText> deadline, List<String> concerns, List<String> openQuestions) {
        static Item of(ChecklistItem item, Predicate<String> printsMyNumber) {
            List<String> forms = item.procedure().formIds();
            return new Item(item.procedureId(), item.procedure().name(), item.department().id(), forms,
                    forms.stream().filter(printsMyNumber).toList(), item.certainty().id(), item.reason(), item.bring(),
                    item.deadline(), item.concerns(), item.openQuestions());
        }
    }

    /** A department on the resident's way, with its procedures. */
    public record Stop(String id, LocalizedText name, int walkingOrder, List<String> procedureIds) {
    }

    static NavigationResult of(Checklist checklist, List<Question> openQuestions, int townPackVersion,
                               Predicate<String> printsMyNumber) {
        List<Stop> stops = checklist.byDepartment().entrySet().stream().map(e -> {
            Department d = e.getKey();
            return new Stop(d.id(), d.name(), d.walkingOrder(),
                    e.getValue().stream().map(ChecklistItem::procedureId).toList());
        }).toList();
        return new NavigationResult(checklist.event().id(), checklist.visitDate(), townPackVersion,
                checklist.items().stream().map(item -> Item.of(item, printsMyNumber)).toList(), stops,
                openQuestions.stream().map(QuestionView::of).toList());
    }
}
