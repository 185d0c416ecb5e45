package jp.kakanai.server.checklist;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kakanai.forms.navigation.Document;
import jp.kakanai.forms.navigation.LocalizedText;
import jp.kakanai.server.navigation.NavigationRequest;
import jp.kakanai.server.navigation.QuestionView;

/**
 * A visit's checklist as the API shows it: the facts it was derived from (with their version), the
 * procedures grouped by department in walking order, progress, and the questions still open.
 */
public record ChecklistView(String visitId, String lifeEvent, int version, Map<String, String> answers,
                            Optional<List<NavigationRequest.MemberFacts>> household, boolean myNumberCardRead,
                            List<DepartmentGroup> departments, Progress progress, List<QuestionView> openQuestions) {

    public record DepartmentGroup(String id, LocalizedText name, int walkingOrder, List<Item> items) {
    }

    /** One procedure; send its {@code version} back with a change (optimistic locking). */
    public record Item(String id, Optional<String> procedureId, LocalizedText name, List<String> forms,
                       String origin, String certainty, LocalizedText reason, List<String> concerns,
                       List<Document> bring, Optional<LocalizedText> deadline, String status,
                       Optional<String> notNeededReason, Optional<String> note, int version,
                       OffsetDateTime updatedAt, String updatedBy) {
    }

    /** The part a department clerk sees: their departments' procedures (progress counted over those). */
    public ChecklistView onlyFor(java.util.function.Predicate<String> department) {
        List<DepartmentGroup> mine = departments.stream().filter(d -> department.test(d.id())).toList();
        List<Item> items = mine.stream().flatMap(d -> d.items().stream()).toList();
        int done = (int) items.stream().filter(i -> ItemStatus.DONE.id().equals(i.status())).count();
        int open = (int) items.stream().filter(i -> ItemStatus.TODO.id().equals(i.status())
                || ItemStatus.IN_PROGRESS.id().equals(i.status())).count();
        return new ChecklistView(visitId, lifeEvent, version, answers, household, myNumberCardRead, mine,
                new Progress(items.size(), done, open), openQuestions);
    }

    /** {@code open} = neither done nor not needed. */
    public record Progress(int total, int done, int open) {
    }
}
