package jp.kakanai.server.queue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.checklist.ChecklistItemDone;
import jp.kakanai.server.checklist.ChecklistService;
import jp.kakanai.server.checklist.ItemChanges;
import jp.kakanai.server.checklist.OpenItem;
import jp.kakanai.server.queue.VisitTimeline.Status;
import jp.kakanai.server.security.StaffScope;
import jp.kakanai.server.visit.Visit;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What clerks do with tickets: call the next one, recall, mark a no-show, start serving, finish a
 * procedure, send the resident on to the next department or close the visit. Each step is checked
 * against the visit's present state and appended to the event log with the clerk and counter. A department
 * clerk acts only on tickets at its departments ({@link DepartmentDuty}), checked under the department's lock
 * so that a transfer cannot slip between the check and the step.
 */
@Service
public class QueueService {
    private final QueueEventLog log;
    private final OpenTickets openTickets;
    private final Departments departments;
    private final OfficeClock clock;
    private final TicketIssuer tickets;
    private final ChecklistService checklists;
    private final ItemChanges items;
    private final DepartmentDuty duty;
    private final DepartmentLocks locks;

    public QueueService(QueueEventLog log, OpenTickets openTickets, Departments departments,
                        OfficeClock clock, TicketIssuer tickets, ChecklistService checklists,
                        ItemChanges items, DepartmentDuty duty, DepartmentLocks locks) {
        this.log = log;
        this.openTickets = openTickets;
        this.departments = departments;
        this.clock = clock;
        this.tickets = tickets;
        this.checklists = checklists;
        this.items = items;
        this.duty = duty;
        this.locks = locks;
    }

    /** At check-in, in the check-in's transaction: the resident enters the first department's queue. */
    @Transactional
    public void issued(String visitId, String department, TicketNumber ticket, Instant at) {
        issued(visitId, department, ticket, Optional.empty(), at);
    }

    /** A ticket issued for a reservation (来庁予約) shown within its slot: called before walk-ins. */
    @Transactional
    public void issued(String visitId, String department, TicketNumber ticket, Optional<String> reservationId,
                       Instant at) {
        log.append(QueueEvent.issued(visitId, department, ticket, reservationId, at));
    }

    /** Today's open tickets in calling order. */
    @Transactional(readOnly = true)
    public LiveQueue live() {
        Instant now = clock.now();
        return new LiveQueue(now, openTickets.of(OfficeClock.dayOf(now)));
    }

    /** The visit's open ticket, if it has one today. */
    @Transactional(readOnly = true)
    public Optional<LiveQueue.Ticket> ticketOf(String visitId) {
        return openTickets.ofVisit(visitId).filter(t -> OfficeClock.dayOf(t.enteredQueueAt()).equals(clock.today()));
    }

    /**
     * Calls the next resident at the department: reserved residents within their slot first, then in
     * order of arrival; empty when nobody waits.
     */
    @Transactional
    public Optional<LiveQueue.Ticket> callNext(String department, Counter counter, StaffScope scope) {
        requireDepartment(department);
        duty.callsAt(scope, department);
        locks.lock(department);
        Optional<String> next = openTickets.nextWaiting(clock.today(), department);
        next.ifPresent(visit -> log.append(QueueEvent.byClerk(visit, QueueEventType.CALLED, department, counter,
                clock.now())));
        return next.map(this::current);
    }

    @Transactional
    public LiveQueue.Ticket recall(String visitId, Counter counter, StaffScope scope) {
        return step(visitId, QueueEventType.CALLED, counter, scope,
                EnumSet.of(Status.CALLED, Status.NO_SHOW, Status.WAITING));
    }

    @Transactional
    public LiveQueue.Ticket noShow(String visitId, Counter counter, StaffScope scope) {
        return step(visitId, QueueEventType.NO_SHOW, counter, scope, EnumSet.of(Status.CALLED));
    }

    @Transactional
    public LiveQueue.Ticket startService(String visitId, Counter counter, StaffScope scope) {
        return step(visitId, QueueEventType.SERVICE_STARTED, counter, scope, EnumSet.of(Status.CALLED, Status.WAITING));
    }

    /** A procedure of the visit's checklist at this department is done: logged, and done on the checklist. */
    @Transactional
    public LiveQueue.Ticket procedureDone(Visit visit, String procedureId, Counter counter, StaffScope scope) {
        VisitTimeline timeline = timelineIn(visit.id(), scope, EnumSet.of(Status.SERVING));
        Optional<String> owner = checklists.departmentOf(visit, procedureId);
        owner.ifPresent(department -> duty.owns(scope, department, procedureId));
        if (!owner.filter(timeline.department()::equals).isPresent()) {
            throw ApiProblem.badField("procedureId", "Procedure '" + procedureId + "' is not on this visit's"
                    + " checklist at " + departments.nameOf(timeline.department()) + ".");
        }
        if (timeline.doneProcedures().contains(procedureId)) {
            throw ApiProblem.conflict("Procedure '" + procedureId + "' is already done.");
        }
        log.append(QueueEvent.procedureDone(visit.id(), timeline.department(), procedureId, counter, clock.now()));
        items.markDone(visit, procedureId, counter.clerk());
        return current(visit.id());
    }

    /**
     * A procedure marked done on the checklist page while the resident is served at its department ends
     * that procedure's service, as the counter panel's "done" would: the service time is measured either way.
     */
    @EventListener
    public void onChecklistItemDone(ChecklistItemDone done) {
        List<QueueEvent> events = log.eventsOf(done.visitId());
        VisitTimeline timeline = VisitTimeline.replay(done.visitId(), events);
        if (timeline.status() == Status.SERVING && timeline.department().equals(done.departmentId())
                && !timeline.doneProcedures().contains(done.itemId())) {
            Counter counter = new Counter(timeline.counter().orElse(""), done.actor());
            log.append(QueueEvent.procedureDone(done.visitId(), timeline.department(), done.itemId(), counter,
                    clock.now()));
        }
    }

    /**
     * Ends the service here. The visit's checklist decides what follows: the next department in walking
     * order that still has procedures to do (todo or in progress) issues its own ticket and the resident
     * joins its queue; when the checklist is finished (every procedure done or not needed) the visit
     * closes. Procedures still open at this department must be done or marked not needed first (409), so
     * that nobody walks back for a form of a desk they already sat at.
     */
    @Transactional
    public Optional<LiveQueue.Ticket> finishHere(Visit visit, Counter counter, StaffScope scope) {
        VisitTimeline timeline = timelineIn(visit.id(), scope, EnumSet.of(Status.SERVING));
        String here = timeline.department();
        List<OpenItem> open = checklists.open(visit);
        List<String> openHere = open.stream().filter(i -> i.departmentId().equals(here))
                .map(i -> "「" + i.name().ja() + "」").toList();
        if (!openHere.isEmpty()) {
            throw ApiProblem.conflict(departments.nameOf(here) + "の手続きが残っています: " + String.join("", openHere)
                    + "。完了か不要にしてから次へ進んでください。 / Procedures here are still open: mark them done or"
                    + " not needed first, or close the visit.");
        }
        Optional<String> next = departments.nextWithWork(here,
                open.stream().map(OpenItem::departmentId).collect(Collectors.toSet()));
        if (next.isPresent()) {
            IssuedTicket ticket = tickets.issue(departments.prefixOf(next.get()));
            log.append(QueueEvent.transferred(visit.id(), here, next.get(), ticket.number(), counter, ticket.at()));
            return Optional.of(current(visit.id()));
        }
        log.append(QueueEvent.byClerk(visit.id(), QueueEventType.CLOSED, here, counter, clock.now()));
        return Optional.empty();
    }

    /** Ends the service of a ticket without a checklist (the ticket machine's): the visit closes. */
    @Transactional
    public void finishTicketOnly(String visitId, Counter counter, StaffScope scope) {
        VisitTimeline timeline = timelineIn(visitId, scope, EnumSet.of(Status.SERVING));
        log.append(QueueEvent.byClerk(visitId, QueueEventType.CLOSED, timeline.department(), counter, clock.now()));
    }

    /** Closes a visit whatever its state (the resident left, or a no-show never came back). */
    @Transactional
    public void close(String visitId, Counter counter, StaffScope scope) {
        VisitTimeline timeline = timelineIn(visitId, scope,
                EnumSet.complementOf(EnumSet.of(Status.CLOSED, Status.NOT_ISSUED)));
        log.append(QueueEvent.byClerk(visitId, QueueEventType.CLOSED, timeline.department(), counter, clock.now()));
    }

    private LiveQueue.Ticket step(String visitId, QueueEventType type, Counter counter, StaffScope scope,
                                  Set<Status> allowed) {
        VisitTimeline timeline = timelineIn(visitId, scope, allowed);
        log.append(QueueEvent.byClerk(visitId, type, timeline.department(), counter, clock.now()));
        return current(visitId);
    }

    private VisitTimeline timelineIn(String visitId, StaffScope scope, Set<Status> allowed) {
        List<QueueEvent> events = log.eventsOf(visitId);
        if (events.isEmpty()) {
            throw ApiProblem.notFound("No ticket for visit '" + visitId + "'.");
        }
        locks.lock(VisitTimeline.replay(visitId, events).department());
        if (openTickets.ofVisit(visitId).filter(t -> OfficeClock.dayOf(t.enteredQueueAt()).isBefore(clock.today()))
                .isPresent()) {
            throw ApiProblem.conflict("This ticket belongs to a past office day and is being closed.");
        }
        VisitTimeline timeline = VisitTimeline.replay(visitId, log.eventsOf(visitId));
        // Before the state: a clerk of another department learns nothing of where the ticket stands.
        duty.actsAt(scope, timeline.department());
        if (!allowed.contains(timeline.status())) {
            throw ApiProblem.conflict("Not possible while the ticket is " + timeline.status() + ".");
        }
        return timeline;
    }

    private LiveQueue.Ticket current(String visitId) {
        return openTickets.ofVisit(visitId).orElseThrow();
    }

    private void requireDepartment(String department) {
        if (!departments.exists(department)) {
            throw ApiProblem.notFound("No department '" + department + "'.");
        }
    }
}
