package jp.kakanai.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import jp.kakanai.server.OfficeClock;
import org.junit.jupiter.api.Test;

/**
 * The office day ends (the defaults: reception ends at 17:15, the day at 20:00): what is still open at the day's
 * end is closed as "not served at closing", at that time, even when the first moment anyone asks is the next
 * Monday; reception's end closes nothing; and twice by two servers is once.
 */
class DayClosingTest {
    private static final LocalDate FRIDAY = LocalDate.of(2026, 3, 6);
    private static final Counter DESK = new Counter("1番窓口", "clerk");
    private final QueueDatabase db = new QueueDatabase(at(FRIDAY, "08:30"));

    @Test
    void atTheDaysEndEveryOpenTicketOfTheDayIsClosedWithItsOwnEventAndNotWhenReceptionEnds() {
        issue("serving", FRIDAY, "15:00", 1);
        db.append(QueueEvent.byClerk("serving", QueueEventType.CALLED, "shimin", DESK, at(FRIDAY, "15:10")));
        db.append(QueueEvent.byClerk("serving", QueueEventType.SERVICE_STARTED, "shimin", DESK, at(FRIDAY, "15:11")));
        issue("missed", FRIDAY, "16:00", 2);
        db.append(QueueEvent.byClerk("missed", QueueEventType.CALLED, "shimin", DESK, at(FRIDAY, "16:10")));
        db.append(QueueEvent.byClerk("missed", QueueEventType.NO_SHOW, "shimin", DESK, at(FRIDAY, "16:12")));
        issue("waiting", FRIDAY, "16:50", 3);

        db.clock.set(at(FRIDAY, "17:15"));
        assertThat(db.closing.closeDue()).as("reception has ended; those who came in time are still served").isZero();
        db.clock.set(at(FRIDAY, "19:59"));
        assertThat(db.closing.closeDue()).isZero();
        db.clock.set(at(FRIDAY, "20:00"));
        assertThat(db.closing.closeDue()).isEqualTo(3);

        assertThat(db.openTickets.of(FRIDAY)).isEmpty();
        for (String visit : List.of("serving", "missed", "waiting")) {
            assertThat(db.log.eventsOf(visit).get(db.log.eventsOf(visit).size() - 1))
                    .isEqualTo(QueueEvent.closedAtDayEnd(visit, "shimin", at(FRIDAY, "20:00")));
        }
        db.clock.set(at(FRIDAY.plusDays(3), "09:00"));
        var friday = db.reports.report(FRIDAY, FRIDAY);
        assertThat(friday.closedAtDayEnd()).as("none of the three was served to the end").isEqualTo(3);
        assertThat(friday.abandoned()).as("the one never called").isOne();
        assertThat(friday.noShowsGone()).isOne();
        assertThat(friday.served()).as("the one being served counts as served").isOne();
        assertThat(friday.departments().get(0).abandonmentRate()).isEqualTo(1.0 / 3);
    }

    @Test
    void aServerDownAtClosingClosesThePastDaysOnTheFirstCallOfTheNextOfficeDayAtTheirClosingTime() {
        issue("friday", FRIDAY, "16:50", 1);
        db.clock.set(at(FRIDAY.plusDays(3), "08:31"));

        assertThat(db.closing.closeDue()).isOne();

        assertThat(db.openTickets.openBefore(FRIDAY.plusDays(3))).isEmpty();
        var visit = db.reports.report(FRIDAY, FRIDAY).visitTime();
        assertThat(visit.maxSeconds()).as("16:50 to Friday's 20:00, not Monday morning").isEqualTo(190 * 60);
    }

    @Test
    void aTicketTakenAfterTheDaysEndIsClosedAfterMidnightWithoutANegativeTime() {
        issue("late", FRIDAY, "23:50", 1);
        db.clock.set(at(FRIDAY.plusDays(1), "00:01"));
        assertThat(db.closing.closeDue()).isOne();
        assertThat(db.log.eventsOf("late").get(1).at()).isEqualTo(at(FRIDAY, "23:50"));
    }

    @Test
    void twoServersClosingAtOnceCloseEachTicketOnce() {
        for (int i = 1; i <= 5; i++) {
            issue("v" + i, FRIDAY, "16:0" + i, i);
        }
        db.clock.set(at(FRIDAY, "20:05"));
        DayClosing other = db.anotherServersClosing();
        var a = java.util.concurrent.CompletableFuture.supplyAsync(db.closing::closeDue);
        var b = java.util.concurrent.CompletableFuture.supplyAsync(other::closeDue);
        assertThat(a.join() + b.join()).isEqualTo(5);
        for (int i = 1; i <= 5; i++) {
            assertThat(db.log.eventsOf("v" + i).stream().filter(e -> e.type() == QueueEventType.CLOSED_AT_DAY_END))
                    .hasSize(1);
        }
    }

    /**
     * The closing claims the ticket by writing its row, not by reading it again: a transaction that has taken the
     * ticket away (here without the department's lock, so a re-read would still see it) is waited for, and then
     * the closing finds nothing to close.
     */
    @Test
    void aTicketTakenAwayByAnotherTransactionWhileTheClosingWaitsIsNotClosedAgain() throws Exception {
        issue("v1", FRIDAY, "16:01", 1);
        db.clock.set(at(FRIDAY, "20:05"));
        try (java.sql.Connection other = db.jdbc.getDataSource().getConnection()) {
            other.setAutoCommit(false);
            try (var delete = other.prepareStatement("delete from queue_open_ticket where visit_id = 'v1'")) {
                assertThat(delete.executeUpdate()).isOne();
            }
            var closing = java.util.concurrent.CompletableFuture.supplyAsync(db.closing::closeDue, runnable -> {
                Thread thread = new Thread(runnable, "another-servers-closing");
                thread.setDaemon(true);
                thread.start();
            });
            awaitASessionBlocked();
            other.commit();

            assertThat(closing.get(30, java.util.concurrent.TimeUnit.SECONDS)).isZero();
        }
        assertThat(db.log.eventsOf("v1")).noneMatch(e -> e.type() == QueueEventType.CLOSED_AT_DAY_END);
    }

    /** Until H2 says a session waits for another's lock (the closing's claim, behind the uncommitted delete). */
    private void awaitASessionBlocked() throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (db.jdbc.queryForObject("select count(*) from information_schema.sessions where blocker_id is not null",
                Integer.class) == 0) {
            assertThat(System.nanoTime()).as("the closing never waited for the other transaction").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private void issue(String visit, LocalDate day, String time, int number) {
        db.append(QueueEvent.issued(visit, "shimin", new TicketNumber("A", number), at(day, time)));
    }

    private static Instant at(LocalDate day, String time) {
        return LocalDateTime.of(day, LocalTime.parse(time)).atZone(OfficeClock.ZONE).toInstant();
    }
}
