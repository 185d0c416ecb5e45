package jp.kakanai.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.queue.Span.Entry;
import jp.kakanai.server.queue.WaitingTimeReport.CounterFigures;
import jp.kakanai.server.queue.WaitingTimeReport.DepartmentFigures;
import jp.kakanai.server.queue.WaitingTimeReport.EntryFigures;
import jp.kakanai.server.queue.WaitingTimeReport.HeatCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A synthetic Monday whose every figure is known by construction (target 15 min = 900 s), written through
 * the event log into a real database (H2) and reported from the rollups, the way the server does it. The
 * day holds a transfer, a recalled no-show, a plain recall, a visit spanning midnight, a no-show who
 * never returns, a resident who gave up before the call, tickets still open at closing (one of them after
 * a transfer and a no-show), a reserved resident, and visits just outside the day. Each visit's spans are
 * listed beside it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticDayReportTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private final QueueDatabase db = new QueueDatabase(at(MONDAY, "08:00"));
    private final List<QueueEvent> log = new ArrayList<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private WaitingTimeReport report;

    @BeforeAll
    void writeTheDayAndReportItOnWednesday() {
        // v1 walk-in, 市民課 → 保険年金課. WAIT 市民課 600 (1番), TRANSACTION 660 (1番), SERVICE 転入届 600;
        // WAIT 保険年金課 600 after a transfer (3番), TRANSACTION 960 (3番), SERVICE 国保 900; VISIT 2820.
        issue("v1", "shimin", "09:00");
        clerk("v1", QueueEventType.CALLED, "shimin", "1番窓口", "09:10");
        clerk("v1", QueueEventType.SERVICE_STARTED, "shimin", "1番窓口", "09:11");
        done("v1", "shimin", "resident-move-in", "09:21");
        transfer("v1", "shimin", "hoken-nenkin", "09:21");
        clerk("v1", QueueEventType.CALLED, "hoken-nenkin", "3番窓口", "09:31");
        clerk("v1", QueueEventType.SERVICE_STARTED, "hoken-nenkin", "3番窓口", "09:32");
        done("v1", "hoken-nenkin", "nhi-enroll", "09:47");
        clerk("v1", QueueEventType.CLOSED, "hoken-nenkin", "3番窓口", "09:47");
        // v2 called, no-show, recalled at another counter and served: the last call counts. WAIT 2100 (2番),
        // NO_SHOW (returned), TRANSACTION 660 (2番), SERVICE 転居届 600, VISIT 2760.
        issue("v2", "shimin", "09:05");
        clerk("v2", QueueEventType.CALLED, "shimin", "1番窓口", "09:25");
        clerk("v2", QueueEventType.NO_SHOW, "shimin", "1番窓口", "09:27");
        clerk("v2", QueueEventType.CALLED, "shimin", "2番窓口", "09:40");
        clerk("v2", QueueEventType.SERVICE_STARTED, "shimin", "2番窓口", "09:41");
        done("v2", "shimin", "resident-move-within", "09:51");
        clerk("v2", QueueEventType.CLOSED, "shimin", "2番窓口", "09:51");
        // v3 called twice without a no-show: the first call counts. WAIT 300, TRANSACTION 300, SERVICE 120, VISIT 600.
        issue("v3", "shimin", "10:00");
        clerk("v3", QueueEventType.CALLED, "shimin", "1番窓口", "10:05");
        clerk("v3", QueueEventType.CALLED, "shimin", "1番窓口", "10:07");
        clerk("v3", QueueEventType.SERVICE_STARTED, "shimin", "1番窓口", "10:08");
        done("v3", "shimin", "juminhyo-request", "10:10");
        clerk("v3", QueueEventType.CLOSED, "shimin", "1番窓口", "10:10");
        // v4 spans midnight, counted on Monday. WAIT 480, TRANSACTION 720, SERVICE 印鑑登録 600, VISIT 1200.
        issue("v4", "shimin", "23:50");
        clerk("v4", QueueEventType.CALLED, "shimin", "1番窓口", "23:58");
        clerk("v4", QueueEventType.SERVICE_STARTED, "shimin", "1番窓口", "23:59");
        log.add(QueueEvent.procedureDone("v4", "shimin", "seal-registration", desk("1番窓口"), at(MONDAY.plusDays(1), "00:09")));
        log.add(QueueEvent.byClerk("v4", QueueEventType.CLOSED, "shimin", desk("1番窓口"), at(MONDAY.plusDays(1), "00:10")));
        // v5 called at exactly the target, did not come, never returned, closed by the clerk.
        // WAIT 900 (within the target), NO_SHOW (gone), VISIT 3600 cancelled; no transaction.
        issue("v5", "shimin", "10:30");
        clerk("v5", QueueEventType.CALLED, "shimin", "1番窓口", "10:45");
        clerk("v5", QueueEventType.NO_SHOW, "shimin", "1番窓口", "10:47");
        clerk("v5", QueueEventType.CLOSED, "shimin", "1番窓口", "11:30");
        // v6 gave up before being called: ABANDONED 1200 (cancelled), VISIT 1200 cancelled.
        issue("v6", "shimin", "11:00");
        clerk("v6", QueueEventType.CLOSED, "shimin", "1番窓口", "11:20");
        // v7 still waiting at closing: ABANDONED 1500 (day end), VISIT 1500 day end.
        issue("v7", "hoken-nenkin", "16:50");
        log.add(QueueEvent.closedAtDayEnd("v7", "hoken-nenkin", at(MONDAY, "17:15")));
        // v8 reserved: WAIT 120 (reserved), TRANSACTION 660, SERVICE 転入届 600, VISIT 780.
        log.add(QueueEvent.issued("v8", "shimin", next("shimin"), Optional.of("r-1"), at(MONDAY, "13:00")));
        clerk("v8", QueueEventType.CALLED, "shimin", "1番窓口", "13:02");
        clerk("v8", QueueEventType.SERVICE_STARTED, "shimin", "1番窓口", "13:03");
        done("v8", "shimin", "resident-move-in", "13:13");
        clerk("v8", QueueEventType.CLOSED, "shimin", "1番窓口", "13:13");
        // v9 served at 市民課 (WAIT 600, TRANSACTION 660, SERVICE 600), sent on, called and missed at 保険年金課
        // (WAIT 1800 after a transfer, NO_SHOW gone), still open at closing: VISIT 11700 day end.
        issue("v9", "shimin", "14:00");
        clerk("v9", QueueEventType.CALLED, "shimin", "1番窓口", "14:10");
        clerk("v9", QueueEventType.SERVICE_STARTED, "shimin", "1番窓口", "14:11");
        done("v9", "shimin", "resident-move-in", "14:21");
        transfer("v9", "shimin", "hoken-nenkin", "14:21");
        clerk("v9", QueueEventType.CALLED, "hoken-nenkin", "3番窓口", "14:51");
        clerk("v9", QueueEventType.NO_SHOW, "hoken-nenkin", "3番窓口", "14:53");
        log.add(QueueEvent.closedAtDayEnd("v9", "hoken-nenkin", at(MONDAY, "17:15")));
        // outside the day: Sunday afternoon and Tuesday just after midnight
        log.add(QueueEvent.issued("sunday", "shimin", next("shimin"), at(MONDAY.minusDays(1), "16:00")));
        log.add(QueueEvent.byClerk("sunday", QueueEventType.CLOSED, "shimin", desk("1番窓口"), at(MONDAY.minusDays(1), "16:30")));
        log.add(QueueEvent.issued("tuesday", "shimin", next("shimin"), at(MONDAY.plusDays(1), "00:05")));
        log.add(QueueEvent.byClerk("tuesday", QueueEventType.CLOSED, "shimin", desk("1番窓口"), at(MONDAY.plusDays(1), "00:30")));

        log.stream().sorted(Comparator.comparing(QueueEvent::at)).forEach(db::append);
        db.clock.set(at(MONDAY.plusDays(2), "09:00"));
        report = db.reports.report(MONDAY, MONDAY);
    }

    @Test
    void theReportReadsTheDayFromItsRollupAndMatchesTheSpans() {
        assertThat(db.rollups.built(MONDAY, MONDAY).days()).containsExactly(MONDAY);
        WaitingTimeReport fromSpans = db.reportFromSpans(MONDAY, MONDAY);
        assertThat(report).isEqualTo(fromSpans);
    }

    @Test
    void rebuildingFromTheLogGivesTheSameFigures() {
        int spans = db.jdbc.queryForObject("select count(*) from queue_span", Integer.class);
        var rebuilt = db.projections.rebuild(MONDAY.minusDays(1), MONDAY.plusDays(1));
        assertThat(rebuilt.visits()).as("nine on Monday, one each on Sunday and Tuesday").isEqualTo(11);
        assertThat(db.jdbc.queryForObject("select count(*) from queue_span", Integer.class)).isEqualTo(spans);
        assertThat(db.reports.report(MONDAY, MONDAY)).isEqualTo(report);
    }

    @Test
    void csvCarriesEveryFigureWithJapaneseNamesUnderAnEnglishHeader() {
        String csv = ReportCsv.of(report);
        assertThat(csv).startsWith("\uFEFF" + ReportCsv.HEADER + "\n")
                .contains("summary,,,abandoned,呼出前に離脱,2,,,,,,0.1818\n")
                .contains("department_waiting,shimin,市民課,all,待ち時間,7,600,2100,2100,729,0.8571,\n")
                .contains("department_waiting,hoken-nenkin,保険年金課,TRANSFER,他の課から,2,600,1800,1800,1200,0.5000,\n")
                .contains("counter_transaction,shimin,市民課,1番窓口,1番窓口,5,")
                .contains("service,,,nhi-enroll,国民健康保険 加入,1,900,900,900,900,1.0000,\n")
                .contains("summary,,,closed_at_day_end,閉庁時に未対応,2,,,,,,\n");
    }

    @Test
    void countsTicketsOfTheDayOnly() {
        assertThat(report.arrivals()).isEqualTo(9);
        assertThat(report.reservedArrivals()).isEqualTo(1);
        assertThat(report.closedAtDayEnd()).as("v7, v9").isEqualTo(2);
    }

    @Test
    void waitingRunsFromEnteringEachQueueToTheCountedCallForEveryoneCalled() {
        // 120 300 480 600 600 600 900 1800 2100: mean 7500/9, 7 of 9 within 900 s
        assertThat(report.waiting()).isEqualTo(new DurationStats(9, 600, 2100, 2100, 833, 7.0 / 9));
        assertThat(report.waitingByEntry()).containsExactly(
                new EntryFigures(Entry.WALK_IN, "予約なし", new DurationStats(6, 600, 2100, 2100, 830, 5.0 / 6)),
                new EntryFigures(Entry.RESERVED, "予約あり", new DurationStats(1, 120, 120, 120, 120, 1.0)),
                new EntryFigures(Entry.TRANSFER, "他の課から", new DurationStats(2, 600, 1800, 1800, 1200, 0.5)));
    }

    @Test
    void abandonmentIsLeavingBeforeAnyCall() {
        assertThat(report.abandoned()).as("v6 cancelled, v7 at closing").isEqualTo(2);
        assertThat(report.abandonmentRate()).isEqualTo(2.0 / 11);
    }

    @Test
    void noShowsCountResidentsNotCalls() {
        assertThat(report.noShows()).as("v2, v5, v9").isEqualTo(3);
        assertThat(report.noShowRate()).isEqualTo(3.0 / 9);
        assertThat(report.noShowsGone()).as("v5, v9").isEqualTo(2);
    }

    @Test
    void transactionRunsFromTheCallToTheEndOfService() {
        // 300 660 660 660 660 720 960: mean 4620/7, 6 of 7 within 900 s
        assertThat(report.served()).isEqualTo(7);
        assertThat(report.transaction()).isEqualTo(new DurationStats(7, 660, 960, 960, 660, 6.0 / 7));
    }

    @Test
    void everyDepartmentAResidentVisitedHasItsFigures() {
        assertThat(report.departments()).extracting(DepartmentFigures::name).containsExactly("市民課", "保険年金課");
        DepartmentFigures shimin = report.departments().get(0);
        assertThat(shimin.entered()).isEqualTo(8);
        assertThat(shimin.waiting()).isEqualTo(new DurationStats(7, 600, 2100, 2100, 729, 6.0 / 7));
        assertThat(List.of(shimin.abandoned(), shimin.noShows(), shimin.served())).containsExactly(1L, 2L, 6L);
        assertThat(shimin.abandonmentRate()).isEqualTo(1.0 / 8);
        assertThat(shimin.noShowRate()).isEqualTo(2.0 / 7);
        assertThat(shimin.transaction()).isEqualTo(new DurationStats(6, 660, 720, 720, 610, 1.0));
        DepartmentFigures hoken = report.departments().get(1);
        assertThat(hoken.entered()).isEqualTo(3);
        assertThat(hoken.waiting()).isEqualTo(new DurationStats(2, 600, 1800, 1800, 1200, 0.5));
        assertThat(hoken.waitingByEntry()).extracting(EntryFigures::entry).containsExactly(Entry.TRANSFER);
        assertThat(List.of(hoken.abandoned(), hoken.noShows(), hoken.served())).containsExactly(1L, 1L, 1L);
        assertThat(hoken.noShowRate()).isEqualTo(0.5);
        assertThat(hoken.transaction()).isEqualTo(new DurationStats(1, 960, 960, 960, 960, 0));
    }

    @Test
    void servedPerCounter() {
        assertThat(report.counters()).extracting(CounterFigures::department, CounterFigures::counter,
                CounterFigures::served).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("shimin", "1番窓口", 5L),
                org.assertj.core.groups.Tuple.tuple("shimin", "2番窓口", 1L),
                org.assertj.core.groups.Tuple.tuple("hoken-nenkin", "3番窓口", 1L));
    }

    @Test
    void serviceTimeIsPerProcedureWithItsJapaneseName() {
        assertThat(report.serviceByProcedure()).extracting(g -> g.name() + "=" + g.stats().count() + "×"
                        + g.stats().medianSeconds())
                .containsExactly("住民票の写し=1×120", "国民健康保険 加入=1×900", "転入届=3×600", "転居届=1×600",
                        "印鑑登録=1×600");
    }

    @Test
    void visitTimeIncludesTheVisitSpanningMidnightOnTheDayItBegan() {
        // 600 780 1200 1200 1500 2760 2820 3600 11700: mean 26160/9
        assertThat(report.visitTime()).isEqualTo(new DurationStats(9, 1500, 11700, 11700, 2907, 2.0 / 9));
    }

    @Test
    void byHourAndWeekdayAndHeatMap() {
        assertThat(report.byHour().get(9).arrivals()).isEqualTo(2);
        assertThat(report.byHour().get(9).waiting()).as("v1 twice, v2: by the hour the queue was entered")
                .extracting(DurationStats::count, DurationStats::medianSeconds).containsExactly(3L, 600L);
        assertThat(report.byHour().get(10).waiting().medianSeconds()).isEqualTo(300);
        assertThat(report.byHour().get(23).arrivals()).isEqualTo(1);
        assertThat(report.byHour().get(0).arrivals()).as("Tuesday 00:05 is outside the period").isZero();
        assertThat(report.byWeekday().get(0).arrivals()).as("Monday").isEqualTo(9);
        assertThat(report.byWeekday().get(6).arrivals()).as("Sunday's visit is outside the period").isZero();
        assertThat(report.heatMap()).containsExactly(new HeatCell(1, 9, 2, 600), new HeatCell(1, 10, 2, 300),
                new HeatCell(1, 11, 1, 0), new HeatCell(1, 13, 1, 120), new HeatCell(1, 14, 1, 600),
                new HeatCell(1, 16, 1, 0), new HeatCell(1, 23, 1, 480));
    }

    @Test
    void aWholeMonthAndAWholeYearFromTheirRollupsEqualTheSamePeriodsSummedFromSpans() {
        db.clock.set(at(LocalDate.of(2027, 1, 4), "09:00"));
        LocalDate march = LocalDate.of(2026, 3, 1);
        LocalDate endOfMarch = LocalDate.of(2026, 3, 31);
        LocalDate newYear = LocalDate.of(2026, 1, 1);
        LocalDate newYearsEve = LocalDate.of(2026, 12, 31);

        WaitingTimeReport month = db.reports.report(march, endOfMarch);
        WaitingTimeReport year = db.reports.report(newYear, newYearsEve);

        assertThat(db.rollups.built(newYear, newYearsEve)).extracting(QueueRollups.Built::years,
                built -> built.months().contains(java.time.YearMonth.of(2026, 3)))
                .containsExactly(java.util.Set.of(java.time.Year.of(2026)), true);
        assertThat(month.arrivals()).as("Monday's nine, Sunday's and Tuesday's").isEqualTo(11);
        assertThat(year.arrivals()).isEqualTo(11);
        assertThat(month).isEqualTo(db.reportFromSpans(march, endOfMarch));
        assertThat(year).isEqualTo(db.reportFromSpans(newYear, newYearsEve));
    }

    private void issue(String visit, String department, String time) {
        log.add(QueueEvent.issued(visit, department, next(department), at(MONDAY, time)));
    }

    private void transfer(String visit, String from, String to, String time) {
        log.add(QueueEvent.transferred(visit, from, to, next(to), desk("1番窓口"), at(MONDAY, time)));
    }

    private void clerk(String visit, QueueEventType type, String department, String counter, String time) {
        log.add(QueueEvent.byClerk(visit, type, department, desk(counter), at(MONDAY, time)));
    }

    private void done(String visit, String department, String procedure, String time) {
        log.add(QueueEvent.procedureDone(visit, department, procedure, desk("1番窓口"), at(MONDAY, time)));
    }

    private TicketNumber next(String department) {
        return new TicketNumber(db.departments.prefixOf(department), numbers.merge(department, 1, Integer::sum));
    }

    private static Counter desk(String counter) {
        return new Counter(counter, "clerk");
    }

    private static Instant at(LocalDate day, String time) {
        return LocalDateTime.of(day, LocalTime.parse(time)).atZone(OfficeClock.ZONE).toInstant();
    }
}
