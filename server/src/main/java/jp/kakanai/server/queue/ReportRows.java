package jp.kakanai.server.queue;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        if (!years.isEmpty()) {
            query("select " + RollupSql.ROLLUP_COLUMNS + " from queue_rollup_year where "
                    + ranges("year_start", years, 366, "y"), years, 366, "y", rs -> rows.add(RollupSql.rolledUp(rs)));
        }
        if (!months.isEmpty()) {
            query("select " + RollupSql.ROLLUP_COLUMNS + " from queue_rollup_month where "
                    + ranges("month_start", months, 31, "m"), months, 31, "m", rs -> rows.add(RollupSql.rolledUp(rs)));
        }
        if (!days.isEmpty()) {
            query("select " + RollupSql.ROLLUP_COLUMNS + " from queue_rollup_day where "
                    + ranges("office_day", days, 1, "d"), days, 1, "d", rs -> rows.add(RollupSql.rolledUp(rs)));
        }
        if (!raw.isEmpty()) {
            query(RollupSql.fromSpans(ranges("local_day", raw, 1, "r")), raw, 1, "r", rs -> rows.add(RollupSql.grouped(rs)));
        }
        return rows;
    }

    private void query(String sql, List<LocalDate> dates, int gap, String prefix, RowCallbackHandler handler) {
        Map<String, Object> params = new HashMap<>();
        List<LocalDate[]> runs = DateRuns.of(dates, gap);
        for (int i = 0; i < runs.size(); i++) {
            params.put(prefix + "from" + i, runs.get(i)[0]);
            params.put(prefix + "to" + i, runs.get(i)[1]);
        }
        jdbc.sql(sql).params(params).query(handler);
    }

    /** A condition selecting the dates as ranges of dates at most {@code gap} days apart. */
    private static String ranges(String column, List<LocalDate> dates, int gap, String prefix) {
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < DateRuns.of(dates, gap).size(); i++) {
            conditions.add("(" + column + " >= :" + prefix + "from" + i + " and " + column + " <= :" + prefix + "to" + i + ")");
        }
        return "(" + String.join(" or ", conditions) + ")";
    }
}
