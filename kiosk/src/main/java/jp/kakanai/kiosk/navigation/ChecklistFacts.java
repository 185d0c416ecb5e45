package jp.kakanai.kiosk.navigation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code PUT /api/visits/{id}/checklist/facts} right after check-in: the answers and household the
 * resident gave at the kiosk, on the checklist's first version (0), so the clerk does not ask again.
 */
public record ChecklistFacts(int version, Map<String, String> answers, Optional<List<MemberFacts>> household,
                             boolean myNumberCardRead) {
}
