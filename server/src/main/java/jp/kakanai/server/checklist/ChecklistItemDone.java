package jp.kakanai.server.checklist;

/**
 * Published (in the change's transaction) when a clerk marks a procedure done on the checklist page, so
 * that the queue logs it as the end of that procedure's service, as if done from the counter panel.
 */
public record ChecklistItemDone(String visitId, String itemId, String departmentId, String actor) {
}
