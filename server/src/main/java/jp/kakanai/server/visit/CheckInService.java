package jp.kakanai.server.visit;

import java.time.Instant;
import java.util.UUID;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.forms.checkin.CheckInReceipt;
import jp.kakanai.forms.navigation.ProcedureCatalog;
import jp.kakanai.server.townpack.TownPacks;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.privacy.MyNumberVault;
import jp.kakanai.server.queue.Departments;
import jp.kakanai.server.queue.QueueService;
import jp.kakanai.server.queue.TicketIssuer;
import jp.kakanai.server.queue.TicketNumber;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checking a resident in: store the visit (its My Number, if sent, only sealed), issue today's ticket for
 * its first department, log it.
 */
@Service
public class CheckInService {
    private final VisitRepository visits;
    private final TicketIssuer tickets;
    private final Departments departments;
    private final QueueService queue;
    private final OfficeClock clock;
    private final ApplicationEventPublisher events;
    private final MyNumberVault myNumbers;
    private final TownPacks packs;

    public CheckInService(VisitRepository visits, TicketIssuer tickets, Departments departments, QueueService queue,
                          OfficeClock clock, ApplicationEventPublisher events, MyNumberVault myNumbers, TownPacks packs) {
        this.packs = packs;
        this.visits = visits;
        this.tickets = tickets;
        this.departments = departments;
        this.queue = queue;
        this.clock = clock;
        this.events = events;
        this.myNumbers = myNumbers;
    }

    @Transactional
    public CheckInReceipt checkIn(String kioskId, CheckIn checkIn) {
        // A random UUID, not a sequence: the id appears in URLs and must not let anyone guess other visits.
        return checkIn(UUID.randomUUID().toString(), kioskId, checkIn);
    }

    /** With an id chosen by the caller (see {@link IdempotentCheckIns}), in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public CheckInReceipt checkIn(String visitId, String kioskId, CheckIn checkIn) {
        return store(visitId, VisitOrigin.kiosk(kioskId), checkIn);
    }

    /** A visit a clerk starts at the desk (counter interview): the same ticket, queue and checklist. */
    @Transactional
    public CheckInReceipt checkInAtDesk(String clerk, CheckIn checkIn) {
        return store(UUID.randomUUID().toString(), VisitOrigin.desk(clerk), checkIn);
    }

    private CheckInReceipt store(String visitId, VisitOrigin origin, CheckIn checkIn) {
        ProcedureCatalog catalog = packs.current().pack().catalog();
        if (catalog.lifeEvent(checkIn.lifeEvent()).isEmpty()) {
            throw ApiProblem.badField("lifeEvent", "Life event must be one of " + catalog.lifeEventIds() + ".");
        }
        Instant now = clock.now();
        var day = OfficeClock.dayOf(now);
        String department = departments.firstOf(checkIn.procedures());
        TicketNumber ticket = tickets.issue(day, departments.prefixOf(department));
        Visit visit = new Visit(visitId, ticket, day, now, origin, checkIn.lifeEvent(),
                checkIn.resident(), checkIn.procedures());
        visits.insert(visit);
        packs.startVisit(visit.id());
        checkIn.myNumber().ifPresent(digits -> myNumbers.store(visitId, digits, now));
        queue.issued(visit.id(), department, ticket, now);
        events.publishEvent(new VisitCheckedIn(visit));
        return new CheckInReceipt(visit.id(), ticket.toString());
    }
}
