package jp.kakanai.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import jp.kakanai.server.OfficeClock;
import org.junit.jupiter.api.Test;

/** Rollups follow the log: a day is rolled up once settled, and a late span makes it stale, never wrong. */
class QueueRollupsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 5, 11);
    private static final Counter DESK = new Counter("1番窓口", "clerk");
    private final QueueDatabase db = new QueueDatabase(at(DAY, "09:00"));

    @Test
    void aDayWithATicketStillOpenIsNotRolledUpButCountedFromItsSpans() {
        db.append(QueueEvent.issued("open", "shimin", new TicketNumber("A", 1), at(DAY, "09:00")));
        db.clock.set(at(DAY.plusDays(1), "09:00"));

        var report = db.reports.report(DAY, DAY);

        assertThat(db.rollups.built(DAY, DAY).days()).isEmpty();
        assertThat(report.arrivals()).isOne();
    }

    @Test
    void aSpanArrivingForARolledUpDayIsCountedByTheNextReport() {
        db.append(QueueEvent.issued("late", "shimin", new TicketNumber("A", 1), at(DAY, "23:50")));
        db.append(QueueEvent.byClerk("late", QueueEventType.CALLED, "shimin", DESK, at(DAY, "23:55")));
        db.append(QueueEvent.byClerk("late", QueueEventType.SERVICE_STARTED, "shimin", DESK, at(DAY, "23:56")));
        // Served across midnight and sent on to another department: the open ticket now belongs to the next
        // day, so the first day is settled and rolled up without the visit's end.
        db.append(QueueEvent.transferred("late", "shimin", "hoken-nenkin", new TicketNumber("B", 1), DESK,
                at(DAY.plusDays(1), "00:10")));
        db.clock.set(at(DAY.plusDays(1), "08:00"));
        assertThat(db.reports.report(DAY, DAY).visitTime().count()).isZero();
        assertThat(db.rollups.built(DAY, DAY).days()).containsExactly(DAY);

        db.append(QueueEvent.byClerk("late", QueueEventType.CLOSED, "hoken-nenkin", DESK, at(DAY.plusDays(1), "09:00")));

        assertThat(db.rollups.built(DAY, DAY).days()).as("the late VISIT span made the day stale").isEmpty();
        var report = db.reports.report(DAY, DAY);
        assertThat(report.visitTime()).extracting(DurationStats::count, DurationStats::maxSeconds)
                .containsExactly(1L, 33_000L);
        assertThat(db.rollups.built(DAY, DAY).days()).containsExactly(DAY);
        assertThat(report).isEqualTo(db.reportFromSpans(DAY, DAY));
    }

    @Test
    void aLateSpanForNewYearsEveMakesItsMonthAndYearStaleAndTheNextYearReportCountsIt() {
        LocalDate eve = LocalDate.of(2026, 12, 31);
        LocalDate newYear = eve.plusDays(1);
        db.append(QueueEvent.issued("eve", "shimin", new TicketNumber("A", 1), at(eve, "23:50")));
        db.append(QueueEvent.byClerk("eve", QueueEventType.CALLED, "shimin", DESK, at(eve, "23:55")));
        db.append(QueueEvent.byClerk("eve", QueueEventType.SERVICE_STARTED, "shimin", DESK, at(eve, "23:56")));
        db.append(QueueEvent.transferred("eve", "shimin", "hoken-nenkin", new TicketNumber("B", 1), DESK,
                at(newYear, "00:10")));
        db.clock.set(at(newYear, "08:00"));
        LocalDate first = LocalDate.of(2026, 1, 1);
        assertThat(db.reports.report(first, eve).visitTime().count()).isZero();
        var built = db.rollups.built(first, eve);
        assertThat(built.years()).containsExactly(java.time.Year.of(2026));
        assertThat(built.months()).hasSize(12);

        db.append(QueueEvent.byClerk("eve", QueueEventType.CLOSED, "hoken-nenkin", DESK, at(newYear, "09:00")));

        built = db.rollups.built(first, eve);
        assertThat(built.years()).as("the late VISIT span made the year stale").isEmpty();
        assertThat(built.months()).as("and December, not the other months").hasSize(11)
                .doesNotContain(java.time.YearMonth.of(2026, 12));
        var year = db.reports.report(first, eve);
        assertThat(year.visitTime()).extracting(DurationStats::count, DurationStats::maxSeconds)
                .containsExactly(1L, 33_000L);
        assertThat(db.rollups.built(first, eve).years()).containsExactly(java.time.Year.of(2026));
        assertThat(year).isEqualTo(db.reportFromSpans(first, eve));
    }

    @Test
    void daysAreRolledUpOnceWhateverHowManyReportsAsk() {
        db.append(QueueEvent.issued("v", "shimin", new TicketNumber("A", 1), at(DAY, "10:00")));
        db.append(QueueEvent.byClerk("v", QueueEventType.CLOSED, "shimin", DESK, at(DAY, "10:05")));
        db.clock.set(at(DAY.plusDays(3), "09:00"));

        List.of(1, 2, 3).forEach(i -> db.reports.report(DAY.minusDays(2), DAY.plusDays(5)));

        assertThat(db.jdbc.queryForObject("select count(*) from queue_rollup_built where period = 'D'", Integer.class))
                .as("the settled days only: up to yesterday").isEqualTo(5);
        assertThat(db.jdbc.queryForObject("select sum(n) from queue_rollup_day where kind = 'ARRIVAL' and facet = 'A'",
                Integer.class)).isOne();
    }

    private static Instant at(LocalDate day, String time) {
        return LocalDateTime.of(day, LocalTime.parse(time)).atZone(OfficeClock.ZONE).toInstant();
    }
}
