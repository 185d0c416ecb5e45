package jp.kakanai.server.queue;

/**
 * The SQL that turns spans into figure rows (portable: H2 and PostgreSQL). Each row is a group of spans
 * with its count, sum and maximum; durations are grouped in minute buckets, rounded up (1 minute up to
 * an hour, 5 minutes up to three hours, 30 beyond), so a percentile read from the buckets is at most a
 * bucket above the exact one and "within a whole-minute target" is exact. See docs/queue.md.
 */
final class RollupSql {
    static final String FIGURE_COLUMNS = "facet, kind, department, sub, local_weekday, local_hour, bucket_minutes, n,"
            + " total_seconds, max_seconds";
    static final String BUCKET = "case when seconds <= 3600 then (seconds + 59) / 60"
            + " when seconds <= 10800 then ((seconds + 299) / 300) * 5 else ((seconds + 1799) / 1800) * 30 end";
    /** What facet A splits each kind by. */
    static final String SUB = "case kind when 'SERVICE' then coalesce(procedure_id, '')"
            + " when 'TRANSACTION' then coalesce(counter_name, '') when 'WAIT' then coalesce(entry, '')"
            + " when 'ARRIVAL' then coalesce(entry, '') else coalesce(outcome, '') end";

    private RollupSql() {
    }

    /** Figure rows per local day of the spans selected by {@code where} (a condition on queue_span). */
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

    /** Summed figure rows of a rollup table. */
    static String summed(String table, String where) {
        return "select facet, kind, department, sub, local_weekday, local_hour, bucket_minutes, sum(n), sum(total_seconds),"
                + " max(max_seconds) from " + table + " where " + where
                + " group by facet, kind, department, sub, local_weekday, local_hour, bucket_minutes";
    }

    /** The same sums straight from the spans, for days without a rollup (today, days still open). */
    static String summedFromSpans(String where) {
        return "select facet, kind, department, sub, local_weekday, local_hour, bucket_minutes, sum(n), sum(total_seconds),"
                + " max(max_seconds) from (" + fromSpans(where) + ") s"
                + " group by facet, kind, department, sub, local_weekday, local_hour, bucket_minutes";
    }

    /** A month's rows from its days' rows (weekday is kept: facet B and C split by it). */
    static String monthFromDays() {
        return "insert into queue_rollup_month (month_start, " + FIGURE_COLUMNS + ") select ?, facet, kind, department,"
                + " sub, local_weekday, local_hour, bucket_minutes, sum(n), sum(total_seconds), max(max_seconds)"
                + " from queue_rollup_day where office_day >= ? and office_day <= ?"
                + " group by facet, kind, department, sub, local_weekday, local_hour, bucket_minutes";
    }

    static String daysFromSpans() {
        return "insert into queue_rollup_day (office_day, " + FIGURE_COLUMNS + ") "
                + fromSpans("local_day >= ? and local_day <= ?");
    }
}
