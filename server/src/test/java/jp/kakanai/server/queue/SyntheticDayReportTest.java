package jp.kakanai.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.queue.WaitingTimeReport.HeatCell;
import org.junit.jupiter.api.Test;

/**
 * A synthetic Monday whose every figure is known by construction (target 15 min = 900 s), replayed
 * through {@link VisitTimeline} into {@link WaitingTimeReport}: a transfer, a recalled no-show, a plain
 * recall, a visit spanning midnight, a no-show who never returns, and visits just outside the day.
 */
class SyntheticDayReportTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final Counter DESK = new Counter("1番窓口", "clerk");
    private final List<QueueEvent> log = new ArrayList<>();

    private final WaitingTimeReport report = syntheticMonday();

    @Test
    void countsArrivalsAndNoShowsOfTheDayOnly() {
        assertThat(report.arrivals()).isEqualTo(5);
        assertThat(report.noShows()).isEqualTo(2);
        assertThat(report.noShowRate()).isEqualTo(0.4);
    }

    @Test
    void waitingRunsFromTicketToTheAnsweredCall() {
        // v1 600, v2 2100 (recalled no-show: the last call counts), v3 300 (plain recall: the first), v4 480
        assertThat(report.waiting()).isEqualTo(new DurationStats(4, 480, 2100, 2100, 870, 0.75));
        assertThat(report.waitingByDepartment()).extracting(WaitingTimeReport.Group::id).containsExactly("shimin");
    }

    @Test
    void timeBetweenDepartmentsRunsFromTransferToCall() {
        assertThat(report.betweenDepartments()).isEqualTo(new DurationStats(1, 600, 600, 600, 600, 1.0));
        assertThat(report.betweenDepartmentsByDepartment()).singleElement()
                .satisfies(g -> assertThat(g.id()).isEqualTo("hoken-nenkin"));
    }

    @Test
    void serviceTimeIsPerProcedure() {
        assertThat(report.serviceByProcedure()).extracting(g -> g.id() + "=" + g.stats().medianSeconds())
                .containsExactly("juminhyo-request=120", "nhi-enroll=900", "resident-move-in=600",
                        "resident-move-within=600", "seal-registration=600");
    }

    @Test
    void visitTimeIncludesTheVisitSpanningMidnightOnTheDayItBegan() {
        assertThat(report.visitTime()).isEqualTo(new DurationStats(4, 1200, 2820, 2820, 1845, 0.25));
    }

    @Test
    void byHourAndWeekdayAndHeatMap() {
        assertThat(report.byHour().get(9).arrivals()).isEqualTo(2);
        assertThat(report.byHour().get(9).waiting().medianSeconds()).isEqualTo(600);
        assertThat(report.byHour().get(10).arrivals()).isEqualTo(2);
        assertThat(report.byHour().get(10).waiting().count()).isEqualTo(1);
        assertThat(report.byHour().get(23).arrivals()).isEqualTo(1);
        assertThat(report.byHour().get(0).arrivals()).as("Tuesday 00:05 is outside the period").isZero();
        assertThat(report.byWeekday().get(0).arrivals()).as("Monday").isEqualTo(5);
        assertThat(report.byWeekday().get(6).arrivals()).as("Sunday's visit is outside the period").isZero();
        assertThat(report.heatMap()).containsExactly(new HeatCell(1, 9, 2, 600), new HeatCell(1, 10, 2, 300),
                new HeatCell(1, 23, 1, 480));
    }

    @Test
    void waitExactlyAtTheTargetCountsAsWithin() {
        WaitingTimeReport.Row atTarget = new WaitingTimeReport.Row(Measure.Kind.WAIT, "shimin", null, 9, 1, 900);
        var report = WaitingTimeReport.of(MONDAY, MONDAY, 900, List.of(atTarget), Map.of());
        assertThat(report.waiting().withinTarget()).isEqualTo(1.0);
    }

    private WaitingTimeReport syntheticMonday() {
        // v1: transfer from 市民課 to 保険年金課
        issue("v1", "09:00");
        clerk("v1", QueueEventType.CALLED, "shimin", "09:10");
        clerk("v1", QueueEventType.SERVICE_STARTED, "shimin", "09:11");
        done("v1", "shimin", "resident-move-in", "09:21");
        log.add(QueueEvent.transferred("v1", "shimin", "hoken-nenkin", DESK, at(MONDAY, "09:21")));
        clerk("v1", QueueEventType.CALLED, "hoken-nenkin", "09:31");
        clerk("v1", QueueEventType.SERVICE_STARTED, "hoken-nenkin", "09:32");
        done("v1", "hoken-nenkin", "nhi-enroll", "09:47");
        clerk("v1", QueueEventType.CLOSED, "hoken-nenkin", "09:47");
        // v2: called, no-show, recalled later and served
        issue("v2", "09:05");
        clerk("v2", QueueEventType.CALLED, "shimin", "09:25");
        clerk("v2", QueueEventType.NO_SHOW, "shimin", "09:27");
        clerk("v2", QueueEventType.CALLED, "shimin", "09:40");
        clerk("v2", QueueEventType.SERVICE_STARTED, "shimin", "09:41");
        done("v2", "shimin", "resident-move-within", "09:51");
        clerk("v2", QueueEventType.CLOSED, "shimin", "09:51");
        // v3: called twice without a no-show: the first call counts
        issue("v3", "10:00");
        clerk("v3", QueueEventType.CALLED, "shimin", "10:05");
        clerk("v3", QueueEventType.CALLED, "shimin", "10:07");
        clerk("v3", QueueEventType.SERVICE_STARTED, "shimin", "10:08");
        done("v3", "shimin", "juminhyo-request", "10:10");
        clerk("v3", QueueEventType.CLOSED, "shimin", "10:10");
        // v4: spans midnight
        issue("v4", "23:50");
        clerk("v4", QueueEventType.CALLED, "shimin", "23:58");
        clerk("v4", QueueEventType.SERVICE_STARTED, "shimin", "23:59");
        log.add(QueueEvent.procedureDone("v4", "shimin", "seal-registration", DESK, at(MONDAY.plusDays(1), "00:09")));
        log.add(QueueEvent.byClerk("v4", QueueEventType.CLOSED, "shimin", DESK, at(MONDAY.plusDays(1), "00:10")));
        // v5: called at exactly the target, did not come, never returned
        issue("v5", "10:30");
        clerk("v5", QueueEventType.CALLED, "shimin", "10:45");
        clerk("v5", QueueEventType.NO_SHOW, "shimin", "10:47");
        // outside the day: Sunday afternoon and Tuesday just after midnight
        log.add(QueueEvent.issued("sunday", "shimin", at(MONDAY.minusDays(1), "16:00")));
        log.add(QueueEvent.issued("tuesday", "shimin", at(MONDAY.plusDays(1), "00:05")));

        Instant from = MONDAY.atStartOfDay(OfficeClock.ZONE).toInstant();
        Instant to = MONDAY.plusDays(1).atStartOfDay(OfficeClock.ZONE).toInstant();
        List<WaitingTimeReport.Row> rows = log.stream().map(QueueEvent::visitId).distinct()
                .flatMap(v -> VisitTimeline.replay(v, log.stream().filter(e -> e.visitId().equals(v)).toList())
                        .measures().stream())
                .filter(m -> !m.startedAt().isBefore(from) && m.startedAt().isBefore(to))
                .map(WaitingTimeReport.Row::of).toList();
        return WaitingTimeReport.of(MONDAY, MONDAY, 900, rows, Map.of());
    }

    private void issue(String visit, String time) {
        log.add(QueueEvent.issued(visit, "shimin", at(MONDAY, time)));
    }

    private void clerk(String visit, QueueEventType type, String department, String time) {
        log.add(QueueEvent.byClerk(visit, type, department, DESK, at(MONDAY, time)));
    }

    private void done(String visit, String department, String procedure, String time) {
        log.add(QueueEvent.procedureDone(visit, department, procedure, DESK, at(MONDAY, time)));
    }

    private static Instant at(LocalDate day, String time) {
        return LocalDateTime.of(day, java.time.LocalTime.parse(time)).atZone(OfficeClock.ZONE).toInstant();
    }
}
