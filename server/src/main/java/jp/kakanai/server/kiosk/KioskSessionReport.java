package jp.kakanai.server.kiosk;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import jp.kakanai.server.api.ApiProblem;

/**
 * A kiosk's report of one resident's session (no personal data), as {@code POST /api/kiosk/sessions} takes
 * it; {@link #checked} refuses what a kiosk cannot have measured, naming the field.
 */
public record KioskSessionReport(String id, Instant startedAt, Instant endedAt, Long secondsToTicket, String outcome,
                                 String endReason, String lastScreen, String lifeEvent, String language, Integer taps,
                                 Integer keys, Integer wrongPins, Integer screens) {
    static final Set<String> OUTCOMES = Set.of("ticket", "help-ticket", "added", "abandoned");
    private static final int MAX_COUNT = 100_000;

    KioskSessionReport checked(Instant now) {
        if (id == null || !id.matches("[A-Za-z0-9-]{8,36}")) {
            throw ApiProblem.badField("id", "A session id is 8-36 letters, digits or '-'.");
        }
        if (startedAt == null) {
            throw ApiProblem.badField("startedAt", "This field is required.");
        }
        if (endedAt == null || endedAt.isBefore(startedAt) || Duration.between(startedAt, endedAt).toHours() >= 24) {
            throw ApiProblem.badField("endedAt", "The session ends after it starts, within a day.");
        }
        if (endedAt.isAfter(now.plus(Duration.ofMinutes(10)))) {
            throw ApiProblem.badField("endedAt", "The session ends in the future.");
        }
        if (outcome == null || !OUTCOMES.contains(outcome)) {
            throw ApiProblem.badField("outcome", "The outcome must be one of " + String.join(", ", OUTCOMES) + ".");
        }
        boolean ticket = !outcome.equals("abandoned");
        if (ticket != (secondsToTicket != null)
                || secondsToTicket != null && (secondsToTicket < 0 || secondsToTicket > Duration.between(startedAt, endedAt).toSeconds() + 1)) {
            throw ApiProblem.badField("secondsToTicket", "The time to the ticket comes with a ticket, within the session.");
        }
        id("endReason", endReason, true);
        id("lastScreen", lastScreen, false);
        id("lifeEvent", lifeEvent, false);
        if (language != null && !language.matches("[a-z]{2,8}")) {
            throw ApiProblem.badField("language", "A language id (2-8 letters a-z).");
        }
        count("taps", taps);
        count("keys", keys);
        count("wrongPins", wrongPins);
        count("screens", screens);
        return this;
    }

    Optional<Long> ticketSeconds() {
        return Optional.ofNullable(secondsToTicket);
    }

    private static void id(String field, String value, boolean required) {
        if (value == null ? required : !value.matches("[a-z0-9][a-z0-9-]{0,31}")) {
            throw ApiProblem.badField(field, "An id of at most 32 characters (a-z, 0-9, '-').");
        }
    }

    private static void count(String field, Integer value) {
        if (value == null || value < 0 || value > MAX_COUNT) {
            throw ApiProblem.badField(field, "A count from 0 to " + MAX_COUNT + ".");
        }
    }
}
