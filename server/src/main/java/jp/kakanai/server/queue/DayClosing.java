package jp.kakanai.server.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import jp.kakanai.server.OfficeClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The end of the office day: at the closing time ({@code kakanai.queue.closing-time}, default 20:00; reception
 * ended earlier, see {@link OfficeHours}) every ticket still open is closed with its own {@link QueueEventType#CLOSED_AT_DAY_END} event ("not served at closing"), so
 * nothing of a past day can be called, shown on the board or counted as waiting on a later day. It runs
 * every minute and before the first call of a new office day (a server that was down at closing closes the
 * past days then), on any server: each ticket is closed under its department's lock after looking again,
 * so servers sharing PostgreSQL close it once.
 */
@Component
public class DayClosing {
    private static final Logger LOG = LoggerFactory.getLogger(DayClosing.class);
    private final QueueEventLog log;
    private final OpenTickets openTickets;
    private final QueueRollups rollups;
    private final DepartmentLocks locks;
    private final OfficeClock clock;
    private final OfficeDay officeDay;
    private final TransactionTemplate transactions;
    /** Tickets of days before this one are closed, as far as this server knows. */
    private final AtomicReference<LocalDate> closedBefore = new AtomicReference<>(LocalDate.MIN);

    public DayClosing(QueueEventLog log, OpenTickets openTickets, QueueRollups rollups, DepartmentLocks locks,
                      OfficeClock clock, OfficeDay officeDay, PlatformTransactionManager transactions) {
        this.log = log;
        this.openTickets = openTickets;
        this.rollups = rollups;
        this.locks = locks;
        this.clock = clock;
        this.officeDay = officeDay;
        this.transactions = new TransactionTemplate(transactions);
    }

    /**
     * Closes what is due now: the tickets of past days, and today's once the closing time has passed. Costs
     * one comparison when nothing is due; call it outside any transaction.
     */
    public int closeDue() {
        Instant now = clock.now();
        LocalDate today = OfficeClock.dayOf(now);
        LocalDate due = now.isBefore(closingOf(today)) ? today : today.plusDays(1);
        LocalDate known = closedBefore.get();
        if (due.equals(known)) {
            return 0; // a clock set back (by hand, or a test) makes it look again once
        }
        int closed = 0;
        for (LiveQueue.Ticket ticket : openTickets.openBefore(due)) {
            closed += transactions.execute(s -> close(ticket.visitId(), due, now));
        }
        closedBefore.compareAndSet(known, due);
        if (closed > 0) {
            LOG.info("Closed {} tickets still open at the end of their office day (before {})", closed, due);
        }
        return closed;
    }

    /** Every minute, so the day closes at its time even when nobody calls; then the past days roll up. */
    @Scheduled(initialDelayString = "PT20S", fixedDelayString = "PT1M")
    public void onTheMinute() {
        if (closeDue() > 0) {
            LocalDate yesterday = clock.today().minusDays(1);
            rollups.ensure(yesterday.minusDays(6), yesterday);
        }
    }

    private int close(String visitId, LocalDate due, Instant now) {
        var before = openTickets.ofVisit(visitId);
        if (before.isEmpty()) {
            return 0;
        }
        locks.lock(before.get().department());
        // Claimed by writing its row, not only by reading it again: two servers closing at once once both closed a
        // ticket (DayClosingTest, 1 run in many under H2) — a re-read after the lock may still answer the row the
        // other server deleted, a write waits for that server's commit and then finds no row.
        if (!openTickets.claim(visitId)) {
            return 0; // another server closed it meanwhile
        }
        var ticket = openTickets.ofVisit(visitId).filter(t -> OfficeClock.dayOf(t.enteredQueueAt()).isBefore(due));
        if (ticket.isEmpty()) {
            return 0; // another server closed it, or it moved on meanwhile
        }
        log.append(QueueEvent.closedAtDayEnd(visitId, ticket.get().department(), closedAt(ticket.get(), now)));
        return 1;
    }

    /** The closing time of the ticket's day, but never before it entered the queue nor after now. */
    private Instant closedAt(LiveQueue.Ticket ticket, Instant now) {
        Instant closing = closingOf(OfficeClock.dayOf(ticket.enteredQueueAt()));
        Instant at = closing.isBefore(ticket.enteredQueueAt()) ? ticket.enteredQueueAt() : closing;
        return at.isAfter(now) ? now : at;
    }

    private Instant closingOf(LocalDate day) {
        return officeDay.hours().dayEndsOn(day);
    }
}
