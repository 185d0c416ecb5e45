package jp.kakanai.server.queue;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a visit, as stored in the append-only log: what happened, where (the department), by whom
 * (clerk and counter; empty for the kiosk's {@link QueueEventType#ISSUED}), when (server time, UTC) and,
 * for a step that puts the resident in a queue (issued, transferred), the ticket it handed out; a ticket
 * issued for a reservation (来庁予約) names it.
 */
public record QueueEvent(
        String visitId,
        QueueEventType type,
        String department,
        Optional<String> toDepartment,
        Optional<String> procedureId,
        Optional<String> counter,
        Optional<String> clerk,
        Instant at,
        Optional<String> ticketNumber,
        Optional<String> reservationId) {

    public QueueEvent {
        Objects.requireNonNull(visitId, "visitId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(ticketNumber, "ticketNumber");
        Objects.requireNonNull(reservationId, "reservationId");
        if (type == QueueEventType.TRANSFERRED && toDepartment.isEmpty()) {
            throw new IllegalArgumentException("a transfer needs the department it sends the resident to");
        }
        if (type == QueueEventType.PROCEDURE_DONE && procedureId.isEmpty()) {
            throw new IllegalArgumentException("a finished procedure needs its id");
        }
    }

    public static QueueEvent issued(String visitId, String department, Instant at) {
        return new QueueEvent(visitId, QueueEventType.ISSUED, department, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), at, Optional.empty(), Optional.empty());
    }

    public static QueueEvent issued(String visitId, String department, TicketNumber ticket, Instant at) {
        return issued(visitId, department, ticket, Optional.empty(), at);
    }

    /** A ticket handed out, for a reservation or not. */
    public static QueueEvent issued(String visitId, String department, TicketNumber ticket,
                                    Optional<String> reservationId, Instant at) {
        return new QueueEvent(visitId, QueueEventType.ISSUED, department, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), at, Optional.of(ticket.toString()), reservationId);
    }

    /** A step a clerk took at a counter. */
    public static QueueEvent byClerk(String visitId, QueueEventType type, String department, Counter counter,
                                     Instant at) {
        return new QueueEvent(visitId, type, department, Optional.empty(), Optional.empty(),
                Optional.of(counter.name()), Optional.of(counter.clerk()), at, Optional.empty(), Optional.empty());
    }

    /** The office closed the day with the ticket still open: no counter, no clerk. */
    public static QueueEvent closedAtDayEnd(String visitId, String department, Instant at) {
        return new QueueEvent(visitId, QueueEventType.CLOSED_AT_DAY_END, department, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), at, Optional.empty(), Optional.empty());
    }

    public static QueueEvent procedureDone(String visitId, String department, String procedure, Counter counter,
                                           Instant at) {
        return new QueueEvent(visitId, QueueEventType.PROCEDURE_DONE, department, Optional.empty(),
                Optional.of(procedure), Optional.of(counter.name()), Optional.of(counter.clerk()), at,
                Optional.empty(), Optional.empty());
    }

    public static QueueEvent transferred(String visitId, String from, String to, Counter counter, Instant at) {
        return new QueueEvent(visitId, QueueEventType.TRANSFERRED, from, Optional.of(to), Optional.empty(),
                Optional.of(counter.name()), Optional.of(counter.clerk()), at, Optional.empty(), Optional.empty());
    }

    /** Sent on to the next department with that department's ticket. */
    public static QueueEvent transferred(String visitId, String from, String to, TicketNumber ticket, Counter counter,
                                         Instant at) {
        return new QueueEvent(visitId, QueueEventType.TRANSFERRED, from, Optional.of(to), Optional.empty(),
                Optional.of(counter.name()), Optional.of(counter.clerk()), at, Optional.of(ticket.toString()),
                Optional.empty());
    }
}
