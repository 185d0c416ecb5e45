package jp.kakanai.server.visit;

/**
 * Published inside the check-in transaction once a visit is stored, so that other features (the
 * procedure checklist) start their part of the visit atomically with it, without the visit knowing them.
 */
public record VisitCheckedIn(Visit visit) {
}
