package jp.kakanai.server.queue;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import jp.kakanai.server.OfficeClock;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figure rows of a period: whole years and months from their rollups, other rolled-up days from the day
 * rollups (one row per figure group and period, so a five-year report reads some tens of thousands of
 * rows), and the rest (today, days with tickets still open) grouped by the database from the spans.
 */
@Repository
class ReportRows {
    private final JdbcClient jdbc;
    private final OfficeClock clock;

    ReportRows(JdbcClient jdbc, OfficeClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<FigureRow> of(LocalDate from, LocalDate to, QueueRollups.Built built) {
        LocalDate today = clock.today();
        LocalDate last = to.isAfter(today) ? today : to;
        List<LocalDate> years = new ArrayList<>();
        List<LocalDate> months = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        List<LocalDate> raw = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(last); day = day.plusDays(1)) {
            Year year = Year.from(day);
            YearMonth month = YearMonth.from(day);
            boolean wholeYear = built.years().contains(year) && !year.atDay(1).isBefore(from)
                    && !year.atMonth(12).atEndOfMonth().isAfter(to);
            boolean wholeMonth = built.months().contains(month) && !month.atDay(1).isBefore(from)
                    && !month.atEndOfMonth().isAfter(to);
            if (wholeYear) {
                if (day.getDayOfYear() == 1) {
                    years.add(day);
                }
            } else if (wholeMonth) {
                if (day.getDayOfMonth() == 1) {
                    months.add(day);
                }
            } else if (built.days().contains(day)) {
                days.add(day);
            } else {
                raw.add(day);
            }
        }
        List<FigureRow> rows = new ArrayList<>();
        RowCallbackHandler rolledUp = rs -> rows.add(RollupSql.rolledUp(rs));
        query(where -> "select " + RollupSql.ROLLUP_COLUMNS + " from queue_rollup_year where " + where, "year_start",
                years, 366, rolledUp);
        query(where -> "select " + RollupSql.ROLLUP_COLUMNS + " from queue_rollup_month where " + where,
                "month_start", months, 31, rolledUp);
        query(where -> "select " + RollupSql.ROLLUP_COLUMNS + " from queue_rollup_day where " + where, "office_day",
                days, 1, rolledUp);
        query(RollupSql::fromSpans, "local_day", raw, 1, rs -> rows.add(RollupSql.grouped(rs)));
        return rows;
    }

    /**
     * One query per run of consecutive dates: a single range is an index range on H2 too, where ranges
     * joined by {@code or} were read by scanning the whole table (measured: a five-year report's first call
     * on H2 took 2.9 s with the two day ranges at its ends in one query; docs/queue.md).
     */
    private void query(UnaryOperator<String> sql, String column, List<LocalDate> dates, int gap,
                       RowCallbackHandler handler) {
        for (LocalDate[] run : DateRuns.of(dates, gap)) {
            jdbc.sql(sql.apply(column + " >= :from and " + column + " <= :to")).param("from", run[0])
                    .param("to", run[1]).query(handler);
        }
    }
}
