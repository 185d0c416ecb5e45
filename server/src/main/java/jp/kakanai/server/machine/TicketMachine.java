package jp.kakanai.server.machine;

import jp.kakanai.forms.pack.TicketPurpose;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.queue.Departments;
import jp.kakanai.server.queue.QueueService;
import jp.kakanai.server.queue.IssuedTicket;
import jp.kakanai.server.queue.TicketIssuer;
import jp.kakanai.server.queue.TicketNumber;
import jp.kakanai.server.reservation.Reservation;
import jp.kakanai.server.reservation.ReservationRefusals;
import jp.kakanai.server.reservation.Reservations;
import jp.kakanai.server.visit.IdempotencyKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The town hall's ticket machine (発券機): a ticket for a purpose, or for a reservation shown within its
 * slot, with no card and nothing about the person. The ticket joins the department's queue like any other
 * (a reserved one ahead of walk-ins, see {@link Reservations#redeem}). A kiosk that repeats a request with
 * the same {@link IdempotencyKey} (it timed out and tried again) gets the same ticket back, never a second
 * number; two such requests racing are settled by the database, as for check-ins.
 */
@Service
public class TicketMachine {
    private static final Logger LOG = LoggerFactory.getLogger(TicketMachine.class);
    private final TicketPurposes purposes;
    private final MachineTickets tickets;
    private final TicketIssuer issuer;
    private final QueueService queue;
    private final Reservations reservations;
    private final MachineTicketViews views;
    private final OfficeClock clock;
    private final TransactionTemplate transaction;

    public TicketMachine(TicketPurposes purposes, MachineTickets tickets, TicketIssuer issuer, QueueService queue,
                         Reservations reservations, MachineTicketViews views, OfficeClock clock,
                         PlatformTransactionManager transactions) {
        this.purposes = purposes;
        this.tickets = tickets;
        this.issuer = issuer;
        this.queue = queue;
        this.reservations = reservations;
        this.views = views;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The ticket, and whether it is an earlier request's (a replay). */
    public record Outcome(MachineTicket ticket, boolean replayed) {
    }

    /** What a ticket is for: a purpose button, or a reservation (its item is the purpose). */
    private record Wanted(String purpose, String department, Optional<Reservation> reservation) {
    }

    public Outcome issue(String kioskId, Optional<IdempotencyKey> key, String purposeId) {
        TicketPurpose purpose = purposes.find(purposeId == null ? "" : purposeId).orElseThrow(() ->
                ApiProblem.badField("purpose", "No ticket machine purpose '" + purposeId + "'; known: "
                        + purposes.all().stream().map(TicketPurpose::id).toList() + "."));
        return issue(kioskId, key, new Wanted(purpose.id(), purpose.department(), Optional.empty()));
    }

    /**
     * A reservation's code shown at the machine: within its slot a reserved ticket; shown again, the same
     * ticket; otherwise a 404/409 whose sentence tells the resident what to do (come back at a time, or
     * take a ticket like everyone).
     */
    public Outcome issueReserved(String kioskId, Optional<IdempotencyKey> key, String code) {
        var redemption = reservations.redeem(code);
        if (redemption instanceof jp.kakanai.server.reservation.Redemption.InSlot inSlot) {
            Reservation r = inSlot.reservation();
            return issue(kioskId, key, new Wanted(r.item(), r.department(), Optional.of(r)));
        }
        if (redemption instanceof jp.kakanai.server.reservation.Redemption.Ended ended) {
            Optional<MachineTickets.Row> ticket = tickets.byReservation(ended.reservation().code());
            if (ticket.isPresent() && OfficeClock.dayOf(ticket.get().issuedAt()).equals(clock.today())) {
                return new Outcome(views.of(ticket.get()), true);
            }
        }
        throw ReservationRefusals.of(redemption, ReservationRefusals.WayOn.TICKET_BUTTON);
    }

    private Outcome issue(String kioskId, Optional<IdempotencyKey> key, Wanted wanted) {
        Optional<String> keyText = key.map(IdempotencyKey::key);
        try {
            return transaction.execute(s -> firstOrReplay(kioskId, keyText, wanted));
        } catch (DuplicateKeyException concurrentRequest) {
            LOG.info("Kiosk {} asked the ticket machine twice with one {} at once; both get the first ticket",
                    kioskId, IdempotencyKey.HEADER);
            return transaction.execute(s -> replay(tickets.byKey(kioskId, keyText.orElseThrow())
                    .orElseThrow(() -> concurrentRequest), wanted));
        }
    }

    private Outcome firstOrReplay(String kioskId, Optional<String> key, Wanted wanted) {
        Optional<MachineTickets.Row> earlier = key.flatMap(k -> tickets.byKey(kioskId, k));
        if (earlier.isPresent()) {
            return replay(earlier.get(), wanted);
        }
        String visitId = UUID.randomUUID().toString();
        Optional<String> code = wanted.reservation().map(Reservation::code);
        tickets.claim(visitId, kioskId, key, wanted.purpose(), wanted.department(), code, clock.now());
        // The issue time is the ticket's, read under the department's ticket lock (ticket order = arrival order).
        IssuedTicket issued = issuer.issueOnArrival(views.prefixOf(wanted.department()));
        TicketNumber number = issued.number();
        Instant now = issued.at();
        tickets.numbered(visitId, number.toString(), now);
        wanted.reservation().ifPresent(r -> reservations.used(r, visitId));
        queue.issued(visitId, wanted.department(), number, code, now);
        return new Outcome(views.of(new MachineTickets.Row(visitId, wanted.purpose(), wanted.department(),
                number.toString(), now, code)), false);
    }

    private Outcome replay(MachineTickets.Row earlier, Wanted wanted) {
        if (!earlier.purpose().equals(wanted.purpose())) {
            throw new ApiProblem(422, "This " + IdempotencyKey.HEADER + " was already used for another ticket;"
                    + " send a new key for a new ticket.", IdempotencyKey.HEADER);
        }
        return new Outcome(views.of(earlier), true);
    }

    /** A ticket of the day for the clerks' list: which purpose, when; the queue tells where it stands. */
    public record Issued(String visitId, String ticketNumber, String purpose, Map<String, String> purposeName,
                         boolean reserved, String department, String departmentName, Instant issuedAt) {
    }

    @Transactional(readOnly = true)
    public List<Issued> ofDay(LocalDate day) {
        return tickets.ofDay(day).stream().map(row -> new Issued(row.visitId(), row.ticketNumber(), row.purpose(),
                views.purposeName(row), row.reservation().isPresent(), row.department(),
                views.departmentName(row.department()), row.issuedAt())).toList();
    }
}
