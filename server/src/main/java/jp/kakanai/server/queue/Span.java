package jp.kakanai.server.queue;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import jp.kakanai.server.OfficeClock;

/**
 * One measured interval of a visit, derived from its events by {@link VisitTimeline} and stored in
 * {@code queue_span}: the unit every report figure is counted from (see docs/queue.md, "Definitions").
 *
 * @param department where it happened (for {@link Kind#ARRIVAL} and {@link Kind#VISIT}: the first department)
 * @param counter    the counter of the call ({@link Kind#WAIT}) or of the service ({@link Kind#TRANSACTION})
 * @param entry      how the resident entered the department's queue ({@link Kind#ARRIVAL}, WAIT, ABANDONED, NO_SHOW)
 * @param startedAt  the start of the interval: the day, hour and weekday it counts for
 */
public record Span(String visitId, Kind kind, String department, Optional<String> procedureId,
                   Optional<String> counter, Optional<Entry> entry, Optional<Outcome> outcome,
                   Instant startedAt, long seconds) {

    public enum Kind {
        /** A ticket issued (at a kiosk, the desk or the ticket machine): counts arrivals; seconds 0. */
        ARRIVAL,
        /** Entered a department's queue → called (a recalled no-show: the last call), served or not. */
        WAIT,
        /** Entered a department's queue → left without ever being called there (cancelled, or the day closed). */
        ABANDONED,
        /** Called at a department and not there, however many calls (once per resident and department). */
        NO_SHOW,
        /** Called (or sat down without a call) → service at the department ended: one resident served. */
        TRANSACTION,
        /** Work on one procedure: service start (or the previous procedure's end) → procedure done. */
        SERVICE,
        /** Ticket → visit closed: the time in the building. */
        VISIT
    }

    /** How a resident came into a department's queue. */
    public enum Entry {
        /** A ticket taken on the day (kiosk, desk, ticket machine) without a reservation. */
        WALK_IN,
        /** A ticket taken with a reservation (来庁予約) within its slot. */
        RESERVED,
        /** Sent on from another department of the same visit. */
        TRANSFER
    }

    /** How an interval ended, where that matters for the figure. */
    public enum Outcome {
        /** Closed by a clerk (the resident left or cancelled). */
        CANCELLED,
        /** Still open at the office's closing time: closed as "not served at closing". */
        DAY_END,
        /** A no-show who came back when called again and was served. */
        RETURNED,
        /** A no-show who was never served at that department. */
        GONE,
        /** A visit closed after its service (VISIT). */
        FINISHED
    }

    /** The Asia/Tokyo time the span counts for. */
    public ZonedDateTime local() {
        return startedAt.atZone(OfficeClock.ZONE);
    }
}
