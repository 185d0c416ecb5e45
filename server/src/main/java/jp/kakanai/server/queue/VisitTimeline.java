package jp.kakanai.server.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kakanai.server.queue.Span.Entry;
import jp.kakanai.server.queue.Span.Kind;
import jp.kakanai.server.queue.Span.Outcome;

/**
 * Replays one visit's events (in log order) into its spans and its present state. Every figure of the
 * audit comes from here, so the definitions (Qmatic's, see shared/spec/field-notes.md) are in one place.
 * Each stay at a department (entered by the ticket or by a transfer) ends in exactly one way:
 * <ul>
 * <li>called (or sat down without a call): a {@link Kind#WAIT} from entering the queue to the counted
 * call — the first call, but after a no-show the next one, so for a recalled no-show the last call
 * counts — whether the resident is then served or not;</li>
 * <li>never called, left (cancelled, or closed at the end of the day): {@link Kind#ABANDONED};</li>
 * </ul>
 * and, when served, a {@link Kind#TRANSACTION} from the counted call to the end of the service there
 * (transfer or close). A stay with one or more no-shows adds one {@link Kind#NO_SHOW} (a resident, not
 * the calls). {@link Kind#SERVICE} is per procedure, {@link Kind#VISIT} is ticket → closed.
 * <p>
 * A span is emitted at the event that makes it final, so replaying a longer prefix of the log only ever
 * appends spans: the stored projection is built one event at a time.
 */
public final class VisitTimeline {
    private final String visitId;
    private final List<Span> spans = new ArrayList<>();
    private final List<String> doneProcedures = new ArrayList<>();
    private final List<String> ticketNumbers = new ArrayList<>();
    private Status status = Status.NOT_ISSUED;
    private String firstDepartment;
    private Instant issuedAt;
    private Entry firstEntry = Entry.WALK_IN;
    private Stay stay;

    /** Where a visit stands now. */
    public enum Status { NOT_ISSUED, WAITING, CALLED, NO_SHOW, SERVING, CLOSED }

    /** The present department's part of the visit. */
    private static final class Stay {
        final String department;
        final Entry entry;
        final Instant enteredAt;
        Instant countedCallAt;
        Optional<String> countedCallCounter = Optional.empty();
        Instant lastCallAt;
        boolean noShowSinceCall;
        boolean noShow;
        Instant serviceFrom;
        Optional<String> serviceCounter = Optional.empty();
        Instant lastMarkAt;
        Optional<String> counter = Optional.empty();

        Stay(String department, Entry entry, Instant enteredAt) {
            this.department = department;
            this.entry = entry;
            this.enteredAt = enteredAt;
        }
    }

    private VisitTimeline(String visitId) {
        this.visitId = visitId;
    }

    public static VisitTimeline replay(String visitId, List<QueueEvent> events) {
        VisitTimeline timeline = new VisitTimeline(visitId);
        events.forEach(timeline::apply);
        return timeline;
    }

    public void apply(QueueEvent e) {
        if (stay == null && e.type() != QueueEventType.ISSUED || status == Status.CLOSED) {
            return; // nothing happens to a visit before its ticket or after it closed
        }
        e.ticketNumber().ifPresent(ticketNumbers::add);
        switch (e.type()) {
            case ISSUED -> {
                issuedAt = e.at();
                firstDepartment = e.department();
                firstEntry = e.reservationId().isPresent() ? Entry.RESERVED : Entry.WALK_IN;
                enter(e.department(), firstEntry, e.at());
                emit(Kind.ARRIVAL, Optional.empty(), Optional.empty(), Optional.empty(), e.at(), e.at());
            }
            case CALLED -> called(e);
            case NO_SHOW -> {
                stay.noShow = true;
                stay.noShowSinceCall = true;
                status = Status.NO_SHOW;
            }
            case SERVICE_STARTED -> {
                if (stay.countedCallAt == null) {
                    stay.countedCallAt = e.at();
                    stay.countedCallCounter = e.counter();
                }
                emitWait();
                stay.serviceFrom = stay.countedCallAt;
                stay.serviceCounter = e.counter();
                stay.lastMarkAt = e.at();
                stay.counter = e.counter();
                status = Status.SERVING;
            }
            case PROCEDURE_DONE -> {
                emit(Kind.SERVICE, e.procedureId(), e.counter(), Optional.empty(),
                        stay.lastMarkAt == null ? e.at() : stay.lastMarkAt, e.at());
                stay.lastMarkAt = e.at();
                e.procedureId().ifPresent(doneProcedures::add);
            }
            case TRANSFERRED -> {
                leave(e.at(), Outcome.CANCELLED);
                enter(e.toDepartment().orElseThrow(), Entry.TRANSFER, e.at());
            }
            case CLOSED, CLOSED_AT_DAY_END -> {
                boolean served = status == Status.SERVING;
                Outcome outcome = e.type() == QueueEventType.CLOSED ? Outcome.CANCELLED : Outcome.DAY_END;
                leave(e.at(), outcome);
                // Still open when the day ended counts as that, served or not; a clerk's close after the
                // service is a finished visit, before it a cancelled one.
                Outcome end = outcome == Outcome.DAY_END || !served ? outcome : Outcome.FINISHED;
                Span visit = span(Kind.VISIT, firstDepartment, Optional.empty(), Optional.empty(),
                        Optional.of(firstEntry), Optional.of(end), issuedAt, e.at());
                spans.add(visit);
                status = Status.CLOSED;
            }
        }
    }

    private void called(QueueEvent e) {
        if (stay.countedCallAt == null || stay.noShowSinceCall) {
            stay.countedCallAt = e.at();
            stay.countedCallCounter = e.counter();
            stay.noShowSinceCall = false;
        }
        stay.lastCallAt = e.at();
        stay.counter = e.counter();
        status = Status.CALLED;
    }

    private void enter(String department, Entry entry, Instant at) {
        stay = new Stay(department, entry, at);
        status = Status.WAITING;
    }

    /** The stay at the present department ends (transfer or close); {@code outcome} if never called. */
    private void leave(Instant at, Outcome outcome) {
        if (status == Status.SERVING) {
            emit(Kind.TRANSACTION, Optional.empty(), stay.serviceCounter, Optional.empty(), stay.serviceFrom, at);
        } else if (stay.countedCallAt != null) {
            emitWait();
        } else {
            emit(Kind.ABANDONED, Optional.empty(), Optional.empty(), Optional.of(outcome), stay.enteredAt, at);
        }
        if (stay.noShow) {
            Outcome returned = status == Status.SERVING ? Outcome.RETURNED : Outcome.GONE;
            emit(Kind.NO_SHOW, Optional.empty(), Optional.empty(), Optional.of(returned), stay.enteredAt,
                    stay.enteredAt);
        }
    }

    private void emitWait() {
        emit(Kind.WAIT, Optional.empty(), stay.countedCallCounter, Optional.empty(), stay.enteredAt, stay.countedCallAt);
    }

    private void emit(Kind kind, Optional<String> procedure, Optional<String> counter, Optional<Outcome> outcome,
                      Instant from, Instant to) {
        Optional<Entry> entry = kind == Kind.ARRIVAL || kind == Kind.WAIT || kind == Kind.ABANDONED
                || kind == Kind.NO_SHOW ? Optional.of(stay.entry) : Optional.empty();
        spans.add(span(kind, stay.department, procedure, counter, entry, outcome, from, to));
    }

    private Span span(Kind kind, String department, Optional<String> procedure, Optional<String> counter,
                      Optional<Entry> entry, Optional<Outcome> outcome, Instant from, Instant to) {
        long seconds = Math.max(0, Duration.between(from, to).toSeconds());
        return new Span(visitId, kind, department, procedure, counter, entry, outcome, from, seconds);
    }

    public List<Span> spans() {
        return List.copyOf(spans);
    }

    /** How many spans so far: the ones a further event adds come after these. */
    public int spanCount() {
        return spans.size();
    }

    public Status status() {
        return status;
    }

    /** The department the visit is queued at or served by now. */
    public String department() {
        return stay == null ? null : stay.department;
    }

    /** When the visit entered its present department's queue. */
    public Instant enteredQueueAt() {
        return stay == null ? null : stay.enteredAt;
    }

    /** How the visit entered its present department's queue. */
    public Entry entry() {
        return stay == null ? Entry.WALK_IN : stay.entry;
    }

    /** The counter it is called to or served at now. */
    public Optional<String> counter() {
        return stay == null ? Optional.empty() : stay.counter;
    }

    /** The latest call at the present department (the board shows it, newest first). */
    public Optional<Instant> lastCallAt() {
        return stay == null ? Optional.empty() : Optional.ofNullable(stay.lastCallAt);
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
