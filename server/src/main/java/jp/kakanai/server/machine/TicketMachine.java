package jp.kakanai.server.machine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.queue.Departments;
import jp.kakanai.server.queue.OpenTickets;
import jp.kakanai.server.queue.QueueEstimates;
import jp.kakanai.server.queue.QueueService;
import jp.kakanai.server.queue.TicketIssuer;
import jp.kakanai.server.queue.TicketNumber;
import jp.kakanai.server.queue.TicketStatusLinks;
import jp.kakanai.server.queue.VisitTimeline;
import jp.kakanai.server.visit.IdempotencyKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The town hall's ticket machine (発券機): a ticket for a purpose, with no card, no QR code and nothing
 * about the person. The ticket joins the purpose's department queue like any other. A kiosk that repeats a
 * request with the same {@link IdempotencyKey} (it timed out and tried again) gets the same ticket back,
 * never a second number; two such requests racing are settled by the database, as for check-ins.
 */
@Service
public class TicketMachine {
    private static final Logger LOG = LoggerFactory.getLogger(TicketMachine.class);
    private final TicketPurposes purposes;
    private final MachineTickets tickets;
    private final TicketIssuer issuer;
    private final QueueService queue;
    private final OpenTickets openTickets;
    private final QueueEstimates estimates;
    private final Departments departments;
    private final TicketStatusLinks links;
    private final OfficeClock clock;
    private final TransactionTemplate transaction;

    public TicketMachine(TicketPurposes purposes, MachineTickets tickets, TicketIssuer issuer, QueueService queue,
                         OpenTickets openTickets, QueueEstimates estimates, Departments departments,
                         TicketStatusLinks links, OfficeClock clock, PlatformTransactionManager transactions) {
        this.purposes = purposes;
        this.tickets = tickets;
        this.issuer = issuer;
        this.queue = queue;
        this.openTickets = openTickets;
        this.estimates = estimates;
        this.departments = departments;
        this.links = links;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The ticket, and whether it is an earlier request's (a replay). */
    public record Outcome(MachineTicket ticket, boolean replayed) {
    }

    public Outcome issue(String kioskId, Optional<IdempotencyKey> key, String purposeId) {
        TicketPurpose purpose = purposes.find(purposeId == null ? "" : purposeId).orElseThrow(() ->
                ApiProblem.badField("purpose", "No ticket machine purpose '" + purposeId + "'; known: "
                        + purposes.all().stream().map(TicketPurpose::id).toList() + "."));
        Optional<String> keyText = key.map(IdempotencyKey::key);
        try {
            return transaction.execute(s -> firstOrReplay(kioskId, keyText, purpose));
        } catch (DuplicateKeyException concurrentRequest) {
            LOG.info("Kiosk {} asked the ticket machine twice with one {} at once; both get the first ticket",
                    kioskId, IdempotencyKey.HEADER);
            return transaction.execute(s -> replay(tickets.byKey(kioskId, keyText.orElseThrow())
                    .orElseThrow(() -> concurrentRequest), purpose));
        }
    }

    private Outcome firstOrReplay(String kioskId, Optional<String> key, TicketPurpose purpose) {
        Optional<MachineTickets.Row> earlier = key.flatMap(k -> tickets.byKey(kioskId, k));
        if (earlier.isPresent()) {
            return replay(earlier.get(), purpose);
        }
        String visitId = UUID.randomUUID().toString();
        Instant now = clock.now();
        tickets.claim(visitId, kioskId, key, purpose.id(), purpose.department(), now);
        TicketNumber number = issuer.issue(OfficeClock.dayOf(now), departments.prefixOf(purpose.department()));
        tickets.numbered(visitId, number.toString(), now);
        queue.issued(visitId, purpose.department(), number, now);
        return new Outcome(view(visitId, number.toString(), purpose, now), false);
    }

    private Outcome replay(MachineTickets.Row earlier, TicketPurpose purpose) {
        if (!earlier.purpose().equals(purpose.id())) {
            throw new ApiProblem(422, "This " + IdempotencyKey.HEADER + " was already used for another purpose;"
                    + " send a new key for a new ticket.", IdempotencyKey.HEADER);
        }
        return new Outcome(view(earlier.visitId(), earlier.ticketNumber(), purpose, earlier.issuedAt()), true);
    }

    /** A ticket of the day for the clerks' list: which purpose, when; the queue tells where it stands. */
    public record Issued(String visitId, String ticketNumber, String purpose, Map<String, String> purposeName,
                         String department, String departmentName, Instant issuedAt) {
    }

    @Transactional(readOnly = true)
    public List<Issued> ofDay(LocalDate day) {
        return tickets.ofDay(day).stream().map(row -> new Issued(row.visitId(), row.ticketNumber(), row.purpose(),
                purposes.find(row.purpose()).map(TicketPurpose::name).orElse(Map.of("ja", row.purpose(), "en", row.purpose())),
                row.department(), departments.nameOf(row.department()), row.issuedAt())).toList();
    }

    private MachineTicket view(String visitId, String number, TicketPurpose purpose, Instant issuedAt) {
        int ahead = openTickets.ofVisit(visitId).filter(t -> t.status() == VisitTimeline.Status.WAITING)
                .map(t -> openTickets.ahead(visitId)).orElse(0);
        int perHour = estimates.servedLastHour(clock.now()).getOrDefault(purpose.department(), 0);
        return new MachineTicket(number, purpose.department(), departments.nameOf(purpose.department()), purpose.id(),
                purpose.name(), issuedAt, ahead, QueueEstimates.minutes(ahead, perHour), links.of(number));
    }
}
