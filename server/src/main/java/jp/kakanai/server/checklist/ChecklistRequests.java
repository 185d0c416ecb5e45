package jp.kakanai.server.checklist;

import java.util.List;
import java.util.Map;
import jp.kakanai.server.navigation.NavigationRequest;

/** The bodies the checklist API accepts. */
final class ChecklistRequests {
    private ChecklistRequests() {
    }

    /**
     * {@code PUT …/checklist/facts}: the answers and household from the kiosk or the counter interview,
     * replacing the stored ones; {@code version} is the checklist's version the caller last saw.
     */
    record FactsUpdate(Integer version, Map<String, String> answers, List<NavigationRequest.MemberFacts> household,
                       Boolean myNumberCardRead) {
    }

    /** {@code PATCH …/items/{itemId}}: a new status (not-needed needs a reason) and/or a note. */
    record ItemChange(Integer version, String status, String notNeededReason, String note) {
    }

    /** {@code POST …/items}: a catalog procedure by id, or a procedure of the clerk's own (name and department). */
    record NewItem(String procedureId, String name, String departmentId, String note) {
    }
}
