package jp.kakanai.server.visit;

import java.util.Optional;
import java.util.UUID;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.forms.checkin.CheckInReceipt;
import jp.kakanai.forms.navigation.ProcedureCatalog;
import jp.kakanai.server.townpack.TownPacks;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.document.VisitForms;
import jp.kakanai.server.privacy.MyNumberVault;
import jp.kakanai.server.queue.Departments;
import jp.kakanai.server.queue.IssuedTicket;
import jp.kakanai.server.queue.QueueService;
import jp.kakanai.server.queue.TicketIssuer;
import jp.kakanai.server.queue.TicketNumber;
import jp.kakanai.server.reservation.Reservations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checking a resident in: store the visit (its My Number, if sent, only sealed), issue today's ticket for
 * its first department (a reserved one when it brings a reservation within its slot), log it.
 */
@Service
public class CheckInService {
    private final VisitRepository visits;
    private final TicketIssuer tickets;
    private final Departments departments;
    private final QueueService queue;
    private final ApplicationEventPublisher events;
    private final MyNumberVault myNumbers;
    private final VisitForms forms;
    private final VisitFactsRepository facts;
    private final TownPacks packs;
    private final OfficeClock clock;
    private final Reservations reservations;

    public CheckInService(VisitRepository visits, TicketIssuer tickets, Departments departments, QueueService queue,
                          ApplicationEventPublisher events, MyNumberVault myNumbers, VisitForms forms,
                          VisitFactsRepository facts, TownPacks packs, OfficeClock clock, Reservations reservations) {
        this.reservations = reservations;
        this.packs = packs;
        this.clock = clock;
        this.visits = visits;
        this.tickets = tickets;
        this.departments = departments;
        this.queue = queue;
        this.events = events;
        this.myNumbers = myNumbers;
        this.forms = forms;
        this.facts = facts;
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
        if (checkIn.resident().birthDate().isAfter(clock.today())) {
            throw ApiProblem.badField("resident.birthDate", "The birth date is in the future.");
        }
        // 番号法: a My Number is collected only for a procedure whose form prints it (the kiosk reads it only then).
        if (checkIn.myNumber().isPresent() && !forms.printMyNumber(checkIn.procedures())) {
            throw new ApiProblem(422, "No procedure of this check-in prints the My Number, so it must not be sent;"
                    + " check in without it.", "myNumber");
        }
        String department = departments.firstOf(checkIn.procedures());
        // A reservation shown within its slot makes the ticket a reserved one (docs/queue.md, Reservations);
        // any other is refused naming the field before anything is stored, so the kiosk can go on without it.
        Optional<String> reservation = checkIn.reservation()
                .map(code -> reservations.useAtCheckIn(code, department, visitId).code());
        // The arrival time is the ticket's: read under the department's ticket lock, so numbers follow arrivals.
        IssuedTicket issued = tickets.issueOnArrival(departments.prefixOf(department));
        TicketNumber ticket = issued.number();
        Visit visit = new Visit(visitId, ticket, issued.day(), issued.at(), origin, checkIn.lifeEvent(),
                checkIn.resident(), checkIn.procedures());
        visits.insert(visit);
        packs.startVisit(visit.id());
        facts.save(visitId, CheckInFacts.factsOf(checkIn));
        checkIn.myNumber().ifPresent(digits -> myNumbers.store(visitId, digits, issued.at(),
                origin.kioskId().map(kiosk -> "kiosk:" + kiosk).orElse(origin.by())));
        queue.issued(visit.id(), department, ticket, reservation, issued.at());
        events.publishEvent(new VisitCheckedIn(visit, checkIn.answers(),
                checkIn.household().map(jp.kakanai.forms.checkin.Household::toNavigation)));
        return new CheckInReceipt(visit.id(), ticket.toString());
    }
}
