package jp.kakanai.kiosk.app;

import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.kiosk.checkin.IdempotencyKey;
import jp.kakanai.kiosk.navigation.ChecklistFacts;

/**
 * A check-in as first sent, with its key: every retry sends exactly this (a changed body under the same key is
 * refused by the server), and the facts follow once it is accepted.
 */
public record PendingCheckIn(IdempotencyKey key, CheckIn checkIn, ChecklistFacts facts) {
}
