package jp.kakanai.server.visit;

import java.time.Instant;
import java.util.UUID;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.forms.checkin.CheckInReceipt;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.queue.TicketIssuer;
import jp.kakanai.server.queue.TicketNumber;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Checking a resident in: store the visit, issue today's ticket, record the time. */
@Service
public class CheckInService {
    private static final String RECEPTION_PREFIX = "A";
    private final VisitRepository visits;
    private final TicketIssuer tickets;
    private final OfficeClock clock;
    private final ApplicationEventPublisher events;

    public CheckInService(VisitRepository visits, TicketIssuer tickets, OfficeClock clock,
                          ApplicationEventPublisher events) {
        this.visits = visits;
        this.tickets = tickets;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public CheckInReceipt checkIn(String kioskId, CheckIn checkIn) {
        Instant now = clock.now();
        var day = OfficeClock.dayOf(now);
        TicketNumber ticket = tickets.issue(day, RECEPTION_PREFIX);
        // A random UUID, not a sequence: the id appears in URLs and must not let anyone guess other visits.
        Visit visit = new Visit(UUID.randomUUID().toString(), ticket, day, now, kioskId, checkIn.lifeEvent(),
                checkIn.resident(), checkIn.procedures());
        visits.insert(visit);
        events.publishEvent(new VisitCheckedIn(visit));
        return new CheckInReceipt(visit.id(), ticket.toString());
    }
}
