package jp.kakanai.server.queue;

import jakarta.annotation.PostConstruct;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import jp.kakanai.server.OfficeClock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out reception ticket numbers: one counter per office day and prefix ({@code ticket_counter}), so
 * numbers restart at 1 every morning, and one lock row per prefix ({@code ticket_series}, V150).
 *
 * <p>Everything happens in the caller's transaction (the check-in or the transfer): lock the prefix's row,
 * read the clock, advance or create the day's counter. Nothing takes a second connection, so a burst of
 * first-of-day check-ins cannot starve the pool waiting for itself, and a counter is never created by a
 * transaction that might roll back separately. Because the clock is read under the lock, ticket order is
 * arrival order; the lock is held until the caller commits, which is what makes a number never issued twice.
 */
@Component
public class TicketIssuer {
    /** How far servers' clocks may disagree (NTP keeps them within milliseconds). */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
    private final JdbcClient jdbc;
    private final OfficeClock clock;
    private final Departments departments;
    private final OfficeDay officeDay;

    public TicketIssuer(JdbcClient jdbc, OfficeClock clock, Departments departments, OfficeDay officeDay) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.departments = departments;
        this.officeDay = officeDay;
    }

    /**
     * A ticket for a resident arriving (a check-in, the ticket machine, the help desk, a clerk's desk visit):
     * refused with 409 {@code reception-closed} once reception has ended. Judged at the ticket's own time, the
     * clock read under the prefix's lock: a check-in begun at 17:14:59 whose number is taken at 17:15:00 is
     * refused, so no ticket ever bears a time after reception ended. The refusal rolls the caller's transaction
     * back (the counter, the visit, an idempotency key: nothing stays).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public IssuedTicket issueOnArrival(String prefix) {
        IssuedTicket ticket = issue(prefix);
        officeDay.requireReceptionOpen(ticket.at());
        return ticket;
    }

    /**
     * The next ticket of the department with this prefix, issued now (or at the last issue, if later), whatever
     * the hour: for a resident already in, moving on to another department (a transfer works until the day ends).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public IssuedTicket issue(String prefix) {
        Optional<Instant> lastIssued = lockSeries(prefix);
        Instant now = clock.now();
        // Two servers' clocks may differ by a little: a number is never recorded as earlier than the one before.
        // A clock set back by more than that (corrected by hand, or moved by a test) is followed instead.
        Instant at = lastIssued.filter(last -> now.isBefore(last) && now.plus(CLOCK_SKEW).isAfter(last)).orElse(now);
        LocalDate day = OfficeClock.dayOf(at);
        int updated = jdbc.sql("update ticket_counter set last_number = last_number + 1"
                        + " where ticket_day = :day and prefix = :prefix")
                .param("day", day).param("prefix", prefix).update();
        if (updated == 0) {
            // The first ticket of the day: no one else can insert this row, we hold the prefix's lock.
            jdbc.sql("insert into ticket_counter (ticket_day, prefix, last_number) values (:day, :prefix, 1)")
                    .param("day", day).param("prefix", prefix).update();
        }
        int number = jdbc.sql("select last_number from ticket_counter where ticket_day = :day and prefix = :prefix")
                .param("day", day).param("prefix", prefix).query(Integer.class).single();
        jdbc.sql("update ticket_series set last_issued_at = :at where prefix = :prefix")
                .param("at", at.atOffset(ZoneOffset.UTC)).param("prefix", prefix).update();
        return new IssuedTicket(new TicketNumber(prefix, number), at, day);
    }

    private Optional<Instant> lockSeries(String prefix) {
        var rows = jdbc.sql("select prefix, last_issued_at from ticket_series where prefix = :prefix for update")
                .param("prefix", prefix)
                .query((rs, row) -> Optional.ofNullable(rs.getObject(2, OffsetDateTime.class)))
                .list();
        if (rows.isEmpty()) {
            throw new IllegalStateException("No ticket series for prefix " + prefix
                    + "; series are created at start-up for every department's prefix");
        }
        return rows.get(0).map(OffsetDateTime::toInstant);
    }

    /** One lock row per department's prefix, created before the first request. */
    @PostConstruct
    void createSeries() {
        departments.all().forEach(department -> ensureSeries(departments.prefixOf(department.id())));
    }

    /**
     * Creates a prefix's lock row if missing; call it at start-up (outside any transaction) for any prefix
     * that does not belong to a department, before its first ticket. Servers starting together may race
     * here, which costs nothing: the row exists either way.
     */
    public void ensureSeries(String prefix) {
        try {
            jdbc.sql("insert into ticket_series (prefix) select cast(:prefix as varchar(8))"
                            + " where not exists (select 1 from ticket_series where prefix = :prefix)")
                    .param("prefix", prefix).update();
        } catch (DuplicateKeyException anotherServerWasFaster) {
            // the row exists, which is all that is needed
        }
    }
}
