package jp.kakanai.server.document;

import java.util.Map;
import java.util.Set;
import jp.kakanai.server.visit.Visit;

/**
 * The forms a visit's checklist needs: those of its procedures that are not marked not needed, each with
 * the departments whose procedures need it, in walking order. Implemented by the checklist; asked here
 * so that printing follows the checklist without this package depending on it.
 */
public interface ChecklistForms {
    Map<String, Set<String>> formsOf(Visit visit);

    /** The departments with a procedure on the visit's checklist that is not marked not needed. */
    Set<String> departmentsOf(Visit visit);
}
