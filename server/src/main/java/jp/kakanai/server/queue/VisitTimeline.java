package jp.kakanai.server.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kakanai.server.queue.Measure.Kind;

/**
 * Replays one visit's events (in log order) into its durations and its present state. Every figure of
 * the audit comes from here, so the rules are in one place:
 * <ul>
 * <li>waiting time = entering a department's queue (ticket or transfer) → the call the resident answered:
 * the first call, but after a no-show the next call (as Qmatic counts a recalled no-show);</li>
 * <li>service time of a procedure = service start, or the end of the previous procedure of the same
 * service → this procedure done;</li>
 * <li>time in the building = ticket → visit closed.</li>
 * </ul>
 * A measure is emitted at the event that makes it final, so replaying a longer prefix of the log only
 * ever appends measures: the stored projection can be built one event at a time.
 */
public final class VisitTimeline {
    private final String visitId;
    private final List<Measure> measures = new ArrayList<>();
    private Status status = Status.NOT_ISSUED;
    private String department;
    private String firstDepartment;
    private Instant issuedAt;
    private Instant enteredQueueAt;
    private Kind waitKind;
    private Instant answeredCallAt;
    private boolean noShowSinceCall;
    private Instant lastMarkAt;
    private Optional<String> counter = Optional.empty();
    private final List<String> doneProcedures = new ArrayList<>();
    private final List<String> ticketNumbers = new ArrayList<>();

    /** Where a visit stands now. */
    public enum Status { NOT_ISSUED, WAITING, CALLED, NO_SHOW, SERVING, CLOSED }

    private VisitTimeline(String visitId) {
        this.visitId = visitId;
    }

    public static VisitTimeline replay(String visitId, List<QueueEvent> events) {
        VisitTimeline timeline = new VisitTimeline(visitId);
        events.forEach(timeline::apply);
        return timeline;
    }

    public void apply(QueueEvent e) {
        e.ticketNumber().ifPresent(ticketNumbers::add);
        switch (e.type()) {
            case ISSUED -> {
                issuedAt = e.at();
                enterQueue(e.department(), e.at(), Kind.WAIT);
                emit(Kind.ARRIVAL, Optional.empty(), e.at(), e.at());
            }
            case CALLED -> {
                if (answeredCallAt == null || noShowSinceCall) {
                    answeredCallAt = e.at();
                    noShowSinceCall = false;
                }
                status = Status.CALLED;
                counter = e.counter();
            }
            case NO_SHOW -> {
                emit(Kind.NO_SHOW, Optional.empty(), enteredQueueAt, callOr(e.at()));
                noShowSinceCall = true;
                status = Status.NO_SHOW;
            }
            case SERVICE_STARTED -> {
                emit(waitKind, Optional.empty(), enteredQueueAt, callOr(e.at()));
                lastMarkAt = e.at();
                status = Status.SERVING;
                counter = e.counter();
            }
            case PROCEDURE_DONE -> {
                emit(Kind.SERVICE, e.procedureId(), lastMarkAt == null ? e.at() : lastMarkAt, e.at());
                lastMarkAt = e.at();
                e.procedureId().ifPresent(doneProcedures::add);
            }
            case TRANSFERRED -> enterQueue(e.toDepartment().orElseThrow(), e.at(), Kind.TRANSFER_WAIT);
            case CLOSED -> {
                emit(Kind.VISIT, Optional.empty(), issuedAt == null ? e.at() : issuedAt, e.at());
                status = Status.CLOSED;
            }
        }
    }

    private void enterQueue(String newDepartment, Instant at, Kind kind) {
        department = newDepartment;
        enteredQueueAt = at;
        waitKind = kind;
        answeredCallAt = null;
        noShowSinceCall = false;
        lastMarkAt = null;
        counter = Optional.empty();
        status = Status.WAITING;
    }

    /** The counted call; a clerk may start serving a resident who walked up without being called. */
    private Instant callOr(Instant fallback) {
        return answeredCallAt == null ? fallback : answeredCallAt;
    }

    private void emit(Kind kind, Optional<String> procedure, Instant from, Instant to) {
        long seconds = Math.max(0, Duration.between(from, to).toSeconds());
        String where = kind == Kind.VISIT || kind == Kind.ARRIVAL ? firstDepartmentOr(department) : department;
        measures.add(new Measure(visitId, kind, where, procedure, from, seconds));
    }

    private String firstDepartmentOr(String current) {
        if (firstDepartment == null) {
            firstDepartment = current;
        }
        return firstDepartment;
    }

    public List<Measure> measures() {
        return List.copyOf(measures);
    }

    public Status status() {
        return status;
    }

    /** The department the visit is queued at or served by now. */
    public String department() {
        return department;
    }

    /** When the visit entered its present department's queue. */
    public Instant enteredQueueAt() {
        return enteredQueueAt;
    }

    public Optional<String> counter() {
        return counter;
    }

    /** The tickets the visit was handed, oldest first (empty for events from before tickets were logged). */
    public List<String> ticketNumbers() {
        return List.copyOf(ticketNumbers);
    }

    public List<String> doneProcedures() {
        return List.copyOf(doneProcedures);
    }

    public String visitId() {
        return visitId;
    }
}
