package jp.kakanai.server.queue;

import java.time.Instant;
import java.util.Optional;

/**
 * A duration the waiting-time audit reports, derived from a visit's events by {@link VisitTimeline}.
 *
 * @param startedAt the start of the interval (the day, hour and weekday it counts for)
 */
public record Measure(String visitId, Kind kind, String department, Optional<String> procedureId,
                      Instant startedAt, long seconds) {

    public enum Kind {
        /** A check-in: counts arrivals (seconds is 0). */
        ARRIVAL,
        /** Ticket → the call the resident answered, at the first department. */
        WAIT,
        /** Transfer → the call the resident answered, at each later department (time between departments). */
        TRANSFER_WAIT,
        /** Work on one procedure: service start (or the previous procedure's end) → procedure done. */
        SERVICE,
        /** Called but did not come (seconds: queue entry → that call). */
        NO_SHOW,
        /** Ticket → visit closed: the time in the building. */
        VISIT
    }
}
