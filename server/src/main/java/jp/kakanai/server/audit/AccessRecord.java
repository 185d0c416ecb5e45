package jp.kakanai.server.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of the access log as written: never a resident's name, address, birth date or number — only
 * the visit's random id, form and procedure ids, days and counts.
 *
 * @param actor   the staff member's account, {@code kiosk:<id>}, or {@code system}
 * @param purpose why: the forms printed, the day listed, the retention of a purge
 * @param status  the HTTP status answered (a refusal is recorded too)
 * @param client  the caller's address, where there was a request
 */
public record AccessRecord(Instant at, String actor, AccessAction action, Optional<String> visitId, String purpose,
                           int status, Optional<String> client) {
    static final int ACTOR_LENGTH = 100;
    static final int PURPOSE_LENGTH = 300;

    public AccessRecord {
        actor = cut(actor, ACTOR_LENGTH);
        purpose = cut(purpose == null ? "" : purpose, PURPOSE_LENGTH);
        client = client.map(c -> cut(c, 64));
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
