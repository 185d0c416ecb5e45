package jp.kakanai.server.visit;

import java.util.Map;
import java.util.Optional;
import jp.kakanai.forms.navigation.Household;

/**
 * Published inside the check-in transaction once a visit is stored, so that other features (the
 * procedure checklist) start their part of the visit atomically with it, without the visit knowing them:
 * with the answers and the household the check-in brought (none from an old kiosk).
 */
public record VisitCheckedIn(Visit visit, Map<String, String> answers, Optional<Household> household) {
    public VisitCheckedIn(Visit visit) {
        this(visit, Map.of(), Optional.empty());
    }
}
