package jp.kakanai.server.queue;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The SQL that groups spans into figure rows (portable: H2 and PostgreSQL). Durations are grouped in
 * minute buckets, rounded up: 1 minute up to an hour, 5 minutes up to three hours, 30 minutes up to a day,
 * one bucket beyond. A percentile read from the buckets is at most a bucket above the exact one, and
 * "within a whole-minute target" is exact. See docs/queue.md.
 */
final class RollupSql {
    static final String BUCKET = "case when seconds <= 3600 then (seconds + 59) / 60"
            + " when seconds <= 10800 then ((seconds + 299) / 300) * 5"
            + " when seconds <= 86400 then ((seconds + 1799) / 1800) * 30 else 1470 end";
    /** What facet A splits each kind by. */
    static final String SUB = "case kind when 'SERVICE' then coalesce(procedure_id, '')"
            + " when 'TRANSACTION' then coalesce(counter_name, '') when 'WAIT' then coalesce(entry, '')"
            + " when 'ARRIVAL' then coalesce(entry, '') else coalesce(outcome, '') end";
    static final String ROLLUP_COLUMNS = "facet, kind, department, sub, local_weekday, local_hour, n, total_seconds,"
            + " max_seconds, buckets";

    private RollupSql() {
    }

    /**
     * Figure rows of the spans selected by {@code where} (a condition on queue_span), per local day and
     * bucket: local_day, facet, kind, department, sub, local_weekday, local_hour, bucket_minutes, n,
     * total_seconds, max_seconds.
     */
    static String fromSpans(String where) {
        return "select local_day, 'A' as facet, kind, department, sub, 0 as local_weekday, -1 as local_hour,"
                + " bucket_minutes, count(*) as n, sum(seconds) as total_seconds, max(seconds) as max_seconds"
                + " from (select local_day, kind, department, " + SUB + " as sub, " + BUCKET + " as bucket_minutes,"
                + " seconds from queue_span where " + where + ") a"
                + " group by local_day, kind, department, sub, bucket_minutes"
                + " union all"
                + " select local_day, 'B', kind, '', '', local_weekday, local_hour, bucket_minutes, count(*),"
                + " sum(seconds), max(seconds)"
                + " from (select local_day, kind, local_weekday, local_hour, " + BUCKET + " as bucket_minutes, seconds"
                + " from queue_span where (" + where + ") and kind in ('ARRIVAL', 'WAIT')) b"
                + " group by local_day, kind, local_weekday, local_hour, bucket_minutes"
                + " union all"
                + " select local_day, 'C', kind, department, '', local_weekday, local_hour, -1, count(*), sum(seconds),"
                + " max(seconds) from queue_span where (" + where + ") and kind in ('ARRIVAL', 'WAIT')"
                + " group by local_day, kind, department, local_weekday, local_hour";
    }

    /** A row of {@link #fromSpans}, from its second column on. */
    static FigureRow grouped(ResultSet rs) throws SQLException {
        return FigureRow.of(key(rs, 2), rs.getInt(8), rs.getLong(9), rs.getLong(10), rs.getLong(11));
    }

    /** A rollup row selected as {@link #ROLLUP_COLUMNS}. */
    static FigureRow rolledUp(ResultSet rs) throws SQLException {
        return FigureRow.of(key(rs, 1), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getString(10));
    }

    private static FigureRow.Key key(ResultSet rs, int first) throws SQLException {
        return new FigureRow.Key(rs.getString(first).charAt(0), Span.Kind.valueOf(rs.getString(first + 1)),
                rs.getString(first + 2), rs.getString(first + 3), rs.getInt(first + 4), rs.getInt(first + 5));
    }
}
