package jp.kakanai.server.checklist;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.kakanai.forms.navigation.ChecklistItem;
import jp.kakanai.forms.navigation.Document;
import jp.kakanai.forms.navigation.LocalizedText;

/**
 * One stored procedure of a visit's checklist: what the navigation said about it (certainty, reason, for
 * whom, what to bring, deadline), where the clerks stand with it, and its row version.
 */
record ChecklistEntry(String itemId, Optional<String> procedureId, Optional<String> customName,
                      String departmentId, ItemOrigin origin, ChecklistItem.Certainty certainty,
                      LocalizedText reason, List<String> concerns, List<String> bring,
                      Optional<LocalizedText> deadline, ItemStatus status, Optional<String> notNeededReason,
                      Optional<String> note, int version, Instant updatedAt, String updatedBy) {

    ChecklistEntry {
        concerns = List.copyOf(concerns);
        bring = List.copyOf(bring);
    }

    /** A new entry for a procedure the navigation lists. */
    static ChecklistEntry fromNavigation(ChecklistItem item, ItemOrigin origin, Instant at, String by) {
        return new ChecklistEntry(item.procedureId(), Optional.of(item.procedureId()), Optional.empty(),
                item.department().id(), origin, item.certainty(), item.reason(), item.concerns(),
                item.bring().stream().map(Document::id).toList(), item.deadline(), ItemStatus.TODO,
                Optional.empty(), Optional.empty(), 0, at, by);
    }

    /** This entry with what the navigation now says, keeping where the clerks stand. */
    ChecklistEntry withNavigation(ChecklistItem item) {
        return new ChecklistEntry(itemId, procedureId, customName, departmentId, origin, item.certainty(),
                item.reason(), item.concerns(), item.bring().stream().map(Document::id).toList(), item.deadline(),
                status, notNeededReason, note, version, updatedAt, updatedBy);
    }

    boolean sameNavigationAs(ChecklistEntry other) {
        return certainty == other.certainty && reason.equals(other.reason) && concerns.equals(other.concerns)
                && bring.equals(other.bring) && deadline.equals(other.deadline);
    }

    /** Nobody has worked on it yet: the rules may take it back. */
    boolean untouched() {
        return origin == ItemOrigin.RULES && status == ItemStatus.TODO && note.isEmpty();
    }
}
