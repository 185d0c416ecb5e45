package jp.kakanai.server.checklist;

import java.time.Instant;
import java.util.Optional;
import jp.kakanai.forms.navigation.Answers;
import jp.kakanai.forms.navigation.Household;
import jp.kakanai.forms.navigation.LifeEvent;

/** What the navigation knows of a visit beyond the visit itself, as stored with its checklist. */
record StoredFacts(String visitId, LifeEvent event, Answers answers, Optional<Household> household,
                   boolean cardRead, int version, Instant updatedAt, String updatedBy) {
}
