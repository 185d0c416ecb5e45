package jp.kakanai.server.queue;

import jakarta.annotation.PostConstruct;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.queue.VisitTimeline.Status;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What clerks do with tickets: call the next one, recall, mark a no-show, start serving, finish a
 * procedure, send the resident on to the next department or close the visit. Each step is checked
 * against the visit's present state and appended to the event log with the clerk and counter.
 */
@Service
public class QueueService {
    /** Visits with no event for this long drop out of the live queues (left the building unnoticed). */
    static final Duration LIVE_WINDOW = Duration.ofHours(24);
    private final QueueEventLog log;
    private final Departments departments;
    private final OfficeClock clock;
    private final JdbcClient jdbc;

    public QueueService(QueueEventLog log, Departments departments, OfficeClock clock, JdbcClient jdbc) {
        this.log = log;
        this.departments = departments;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** At check-in, in the check-in's transaction: the resident enters the first department's queue. */
    @Transactional
    public void issued(String visitId, String department, Instant at) {
        log.append(QueueEvent.issued(visitId, department, at));
    }

    @Transactional(readOnly = true)
    public LiveQueue live() {
        Instant now = clock.now();
        Map<String, List<QueueEvent>> events = log.visitsActiveSince(now.minus(LIVE_WINDOW));
        Map<String, String> tickets = new HashMap<>();
        if (!events.isEmpty()) {
            jdbc.sql("select id, ticket_number from visit where id in (:ids)").param("ids", events.keySet())
                    .query(rs -> {
                        tickets.put(rs.getString(1), rs.getString(2));
                    });
        }
        return LiveQueue.of(now, events, tickets);
    }

    /** Calls the resident waiting longest at the department; empty when nobody waits. */
    @Transactional
    public Optional<LiveQueue.Ticket> callNext(String department, Counter counter) {
        requireDepartment(department);
        lock(department);
        Optional<LiveQueue.Ticket> next = live().nextWaitingAt(department);
        next.ifPresent(t -> log.append(QueueEvent.byClerk(t.visitId(), QueueEventType.CALLED, department, counter,
                clock.now())));
        return next.map(t -> live().ticketOf(t.visitId()).orElseThrow());
    }

    @Transactional
    public LiveQueue.Ticket recall(String visitId, Counter counter) {
        return step(visitId, QueueEventType.CALLED, counter, EnumSet.of(Status.CALLED, Status.NO_SHOW, Status.WAITING));
    }

    @Transactional
    public LiveQueue.Ticket noShow(String visitId, Counter counter) {
        return step(visitId, QueueEventType.NO_SHOW, counter, EnumSet.of(Status.CALLED));
    }

    @Transactional
    public LiveQueue.Ticket startService(String visitId, Counter counter) {
        return step(visitId, QueueEventType.SERVICE_STARTED, counter, EnumSet.of(Status.CALLED, Status.WAITING));
    }

    @Transactional
    public LiveQueue.Ticket procedureDone(String visitId, String procedureId, List<String> procedures, Counter counter) {
        VisitTimeline timeline = timelineIn(visitId, EnumSet.of(Status.SERVING));
        if (!departments.proceduresAt(timeline.department(), procedures).contains(procedureId)) {
            throw ApiProblem.badField("procedureId", "Procedure '" + procedureId + "' is not one of this visit's"
                    + " procedures at " + departments.nameOf(timeline.department()) + ".");
        }
        if (timeline.doneProcedures().contains(procedureId)) {
            throw ApiProblem.conflict("Procedure '" + procedureId + "' is already done.");
        }
        log.append(QueueEvent.procedureDone(visitId, timeline.department(), procedureId, counter, clock.now()));
        return current(visitId);
    }

    /**
     * Ends the service here: the resident goes on to the next department that still has one of the
     * visit's procedures to do, or, when none is left, the visit closes.
     */
    @Transactional
    public Optional<LiveQueue.Ticket> finishHere(String visitId, List<String> procedures, Counter counter) {
        VisitTimeline timeline = timelineIn(visitId, EnumSet.of(Status.SERVING));
        Optional<String> next = departments.nextAfter(timeline.department(), procedures, timeline.doneProcedures());
        Instant now = clock.now();
        if (next.isPresent()) {
            log.append(QueueEvent.transferred(visitId, timeline.department(), next.get(), counter, now));
            return Optional.of(current(visitId));
        }
        log.append(QueueEvent.byClerk(visitId, QueueEventType.CLOSED, timeline.department(), counter, now));
        return Optional.empty();
    }

    /** Closes a visit whatever its state (the resident left, or a no-show never came back). */
    @Transactional
    public void close(String visitId, Counter counter) {
        VisitTimeline timeline = timelineIn(visitId, EnumSet.complementOf(EnumSet.of(Status.CLOSED, Status.NOT_ISSUED)));
        log.append(QueueEvent.byClerk(visitId, QueueEventType.CLOSED, timeline.department(), counter, clock.now()));
    }

    private LiveQueue.Ticket step(String visitId, QueueEventType type, Counter counter, Set<Status> allowed) {
        VisitTimeline timeline = timelineIn(visitId, allowed);
        log.append(QueueEvent.byClerk(visitId, type, timeline.department(), counter, clock.now()));
        return current(visitId);
    }

    private VisitTimeline timelineIn(String visitId, Set<Status> allowed) {
        List<QueueEvent> events = log.eventsOf(visitId);
        if (events.isEmpty()) {
            throw ApiProblem.notFound("No ticket for visit '" + visitId + "'.");
        }
        lock(VisitTimeline.replay(visitId, events).department());
        VisitTimeline timeline = VisitTimeline.replay(visitId, log.eventsOf(visitId));
        if (!allowed.contains(timeline.status())) {
            throw ApiProblem.conflict("Not possible while the ticket is " + timeline.status() + ".");
        }
        return timeline;
    }

    private LiveQueue.Ticket current(String visitId) {
        return live().ticketOf(visitId).orElseThrow();
    }

    private void requireDepartment(String department) {
        if (!departments.exists(department)) {
            throw ApiProblem.notFound("No department '" + department + "'.");
        }
    }

    /** Serialises the steps at one department, across servers sharing the database. */
    private void lock(String department) {
        jdbc.sql("select department from queue_department_lock where department = :d for update")
                .param("d", department).query(String.class).list();
    }

    /** One lock row per department, created before the first request (outside any transaction). */
    @PostConstruct
    void createDepartmentLocks() {
        for (var department : departments.all()) {
            try {
                jdbc.sql("insert into queue_department_lock (department) select cast(:d as varchar(32))"
                                + " where not exists (select 1 from queue_department_lock where department = :d)")
                        .param("d", department.id()).update();
            } catch (DuplicateKeyException anotherServerWasFaster) {
                // the row exists, which is all that is needed
            }
        }
    }
}
