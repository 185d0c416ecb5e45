package jp.kakanai.server.queue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kakanai.server.OfficeClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figure rows of a period, summed by the database: whole months from the month rollups, other
 * rolled-up days from the day rollups, and the rest (today, days with tickets still open) from the spans.
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
        List<LocalDate> months = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        List<LocalDate> raw = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(last); day = day.plusDays(1)) {
            YearMonth month = YearMonth.from(day);
            boolean wholeMonth = built.months().contains(month) && !month.atDay(1).isBefore(from)
                    && !month.atEndOfMonth().isAfter(to);
            if (wholeMonth) {
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
        if (!months.isEmpty()) {
            query(RollupSql.summed("queue_rollup_month", ranges("month_start", months, 31, "m")), months, 31, "m", rows);
        }
        if (!days.isEmpty()) {
            query(RollupSql.summed("queue_rollup_day", ranges("office_day", days, 1, "d")), days, 1, "d", rows);
        }
        if (!raw.isEmpty()) {
            query(RollupSql.summedFromSpans(ranges("local_day", raw, 1, "r")), raw, 1, "r", rows);
        }
        return rows;
    }

    private void query(String sql, List<LocalDate> dates, int gap, String prefix, List<FigureRow> into) {
        Map<String, Object> params = new HashMap<>();
        List<LocalDate[]> runs = DateRuns.of(dates, gap);
        for (int i = 0; i < runs.size(); i++) {
            params.put(prefix + "from" + i, runs.get(i)[0]);
            params.put(prefix + "to" + i, runs.get(i)[1]);
        }
        jdbc.sql(sql).params(params).query(rs -> {
            into.add(new FigureRow(rs.getString(1).charAt(0), Span.Kind.valueOf(rs.getString(2)), rs.getString(3),
                    rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getLong(8), rs.getLong(9),
                    rs.getLong(10)));
        });
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
