package jp.kakanai.server.queue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.kakanai.server.OfficeClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rollups of the span projection per Asia/Tokyo day, month and year ({@code queue_rollup_day},
 * {@code queue_rollup_month}, {@code queue_rollup_year}, marked built in {@code queue_rollup_built}). A day is
 * rolled up once it is settled: over, and no ticket of it still open. A month is rolled up from its days once
 * all of them are, a year from its months.
 * Building and marking stale take the one row of {@code queue_rollup_lock}, so servers sharing the
 * database never build a day twice and a late span never slips past a build.
 */
@Repository
public class QueueRollups {
    private final JdbcTemplate jdbc;
    private final OfficeClock clock;
    private final TransactionTemplate separately;

    public QueueRollups(JdbcTemplate jdbc, OfficeClock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What is rolled up within a period. */
    public record Built(Set<LocalDate> days, Set<YearMonth> months, Set<Year> years) {
        /** Nothing rolled up: everything is read from the spans (the tests' and the benchmark's check). */
        public static final Built NOTHING = new Built(Set.of(), Set.of(), Set.of());
    }

    /** A span arrived for a past day: its day's, month's and year's rollups go, built again when next needed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void markStale(LocalDate day) {
        lock();
        LocalDate month = day.withDayOfMonth(1);
        LocalDate year = day.withDayOfYear(1);
        jdbc.update("delete from queue_rollup_built where (period = 'D' and period_start = ?)"
                + " or (period = 'M' and period_start = ?) or (period = 'Y' and period_start = ?)", day, month, year);
        jdbc.update("delete from queue_rollup_day where office_day = ?", day);
        jdbc.update("delete from queue_rollup_month where month_start = ?", month);
        jdbc.update("delete from queue_rollup_year where year_start = ?", year);
    }

    /**
     * Builds what is missing for the settled days between {@code from} and {@code to} and the whole months
     * among them, each range in a transaction of its own; returns what is built in the period.
     */
    public Built ensure(LocalDate from, LocalDate to) {
        LocalDate lastSettled = clock.today().minusDays(1);
        LocalDate end = to.isAfter(lastSettled) ? lastSettled : to;
        if (!from.isAfter(end)) {
            Built before = built(from, end);
            Set<LocalDate> open = daysWithOpenTickets(from, end);
            List<LocalDate> missing = new ArrayList<>();
            for (LocalDate day = from; !day.isAfter(end); day = day.plusDays(1)) {
                if (!before.days().contains(day) && !open.contains(day)) {
                    missing.add(day);
                }
            }
            // A month at most per statement and transaction: a history rolls up in bounded steps.
            for (LocalDate[] run : DateRuns.of(missing, 1)) {
                for (LocalDate start = run[0]; !start.isAfter(run[1]); start = start.plusMonths(1)) {
                    LocalDate first = start;
                    LocalDate last = start.plusMonths(1).minusDays(1).isAfter(run[1]) ? run[1] : start.plusMonths(1).minusDays(1);
                    separately.executeWithoutResult(s -> buildDays(first, last));
                }
            }
            YearMonth current = YearMonth.from(clock.today());
            for (YearMonth month = YearMonth.from(from); month.isBefore(current) && !month.atDay(1).isAfter(end);
                 month = month.plusMonths(1)) {
                YearMonth m = month;
                if (!before.months().contains(m) && !m.atDay(1).isBefore(from) && !m.atEndOfMonth().isAfter(end)) {
                    separately.executeWithoutResult(s -> buildMonth(m));
                }
            }
            for (Year year = Year.from(from); year.isBefore(Year.from(clock.today())) && !year.atDay(1).isAfter(end);
                 year = year.plusYears(1)) {
                Year y = year;
                if (!before.years().contains(y) && !y.atDay(1).isBefore(from) && !y.atMonth(12).atEndOfMonth().isAfter(end)) {
                    separately.executeWithoutResult(s -> buildYear(y));
                }
            }
        }
        return built(from, to);
    }

    /**
     * Rolls up the settled days of a range: the database groups the spans (one query), the groups of each
     * day are packed into one row per figure group. Also the benchmark's and the rebuild's way.
     */
    void buildDays(LocalDate from, LocalDate to) {
        lock();
        Set<LocalDate> done = built(from, to).days();
        Set<LocalDate> open = daysWithOpenTickets(from, to);
        List<LocalDate> todo = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (!done.contains(day) && !open.contains(day)) {
                todo.add(day);
            }
        }
        OffsetDateTime now = clock.now().atOffset(ZoneOffset.UTC);
        for (LocalDate[] range : DateRuns.of(todo, 1)) {
            jdbc.update("delete from queue_rollup_day where office_day >= ? and office_day <= ?", range[0], range[1]);
            Map<LocalDate, List<FigureRow>> byDay = new TreeMap<>();
            jdbc.query(RollupSql.fromSpans("local_day >= ? and local_day <= ?"), rs -> {
                byDay.computeIfAbsent(rs.getObject(1, LocalDate.class), d -> new ArrayList<>()).add(RollupSql.grouped(rs));
            }, range[0], range[1], range[0], range[1], range[0], range[1]);
            List<Object[]> rows = new ArrayList<>();
            byDay.forEach((day, groups) -> FigureRow.summed(groups).forEach(row -> rows.add(values(day, row))));
            insert("queue_rollup_day", "office_day", rows);
        }
        jdbc.batchUpdate("insert into queue_rollup_built (period, period_start, built_at) values ('D', ?, ?)",
                todo.stream().map(d -> new Object[] {d, now}).toList());
    }

    /** Rolls up a month from its days, if every day of it is rolled up. */
    void buildMonth(YearMonth month) {
        lock();
        Built built = built(month.atDay(1), month.atEndOfMonth());
        if (!built.months().contains(month) && built.days().size() == month.lengthOfMonth()) {
            rollUp("queue_rollup_day", "office_day", "queue_rollup_month", "month_start", 'M', month.atDay(1),
                    month.atEndOfMonth());
        }
    }

    /** Rolls up a year from its months, if every month of it is rolled up. */
    void buildYear(Year year) {
        lock();
        Built built = built(year.atDay(1), year.atMonth(12).atEndOfMonth());
        if (!built.years().contains(year) && built.months().size() == 12) {
            rollUp("queue_rollup_month", "month_start", "queue_rollup_year", "year_start", 'Y', year.atDay(1),
                    year.atMonth(12).atDay(1));
        }
    }

    /** A period's rows summed from its finer rows ({@code first} to {@code last} of the finer period's starts). */
    private void rollUp(String finer, String finerColumn, String table, String column, char period, LocalDate first,
                        LocalDate last) {
        List<FigureRow> parts = jdbc.query("select " + RollupSql.ROLLUP_COLUMNS + " from " + finer + " where "
                + finerColumn + " >= ? and " + finerColumn + " <= ?", (rs, n) -> RollupSql.rolledUp(rs), first, last);
        jdbc.update("delete from " + table + " where " + column + " = ?", first);
        insert(table, column, FigureRow.summed(parts).stream().map(row -> values(first, row)).toList());
        jdbc.update("insert into queue_rollup_built (period, period_start, built_at) values (?, ?, ?)",
                String.valueOf(period), first, clock.now().atOffset(ZoneOffset.UTC));
    }

    private void insert(String table, String periodColumn, List<Object[]> rows) {
        jdbc.batchUpdate("insert into " + table + " (" + periodColumn + ", " + RollupSql.ROLLUP_COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private static Object[] values(LocalDate period, FigureRow row) {
        return new Object[] {period, String.valueOf(row.facet()), row.kind().name(), row.department(), row.sub(),
            row.weekday(), row.hour(), row.n(), row.totalSeconds(), row.maxSeconds(), row.buckets()};
    }

    public Built built(LocalDate from, LocalDate to) {
        Set<LocalDate> days = new HashSet<>();
        Set<YearMonth> months = new HashSet<>();
        Set<Year> years = new HashSet<>();
        jdbc.query("select period, period_start from queue_rollup_built where period_start >= ? and period_start <= ?",
                rs -> {
                    LocalDate start = rs.getObject(2, LocalDate.class);
                    // Days within the period; months and years that begin in it or contain its start.
                    switch (rs.getString(1)) {
                        case "D" -> {
                            if (!start.isBefore(from)) {
                                days.add(start);
                            }
                        }
                        case "M" -> {
                            if (!start.isBefore(from.withDayOfMonth(1))) {
                                months.add(YearMonth.from(start));
                            }
                        }
                        default -> years.add(Year.from(start));
                    }
                }, from.withDayOfYear(1), to);
        return new Built(days, months, years);
    }

    private Set<LocalDate> daysWithOpenTickets(LocalDate from, LocalDate to) {
        return new HashSet<>(jdbc.queryForList("select distinct office_day from queue_open_ticket"
                + " where office_day >= ? and office_day <= ?", LocalDate.class, from, to));
    }

    private void lock() {
        jdbc.queryForList("select id from queue_rollup_lock where id = 1 for update", Integer.class);
    }
}
