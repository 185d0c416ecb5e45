package jp.kakanai.server.queue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One group of spans as the rollups and the report's queries give it (see {@link RollupSql}): how many,
 * their total and longest seconds, and how many fall in each whole-minute bucket, packed as stored in a
 * rollup row ({@code minutes:count} joined by commas; empty: not bucketed). Rows are summed by
 * {@link Histogram}, which reads the packed buckets directly: a five-year report reads tens of thousands.
 *
 * @param facet A (per kind, department and sub), B (per weekday and hour, all departments, bucketed) or C
 *              (per department, weekday and hour, not bucketed)
 * @param sub   entry, counter, procedure or outcome, by kind (facet A)
 */
public record FigureRow(char facet, Span.Kind kind, String department, String sub, int weekday, int hour,
                        long n, long totalSeconds, long maxSeconds, String buckets) {

    /** What rows are summed by: the same group in another day or month. */
    public record Key(char facet, Span.Kind kind, String department, String sub, int weekday, int hour) {
    }

    public Key key() {
        return new Key(facet, kind, department, sub, weekday, hour);
    }

    /** A group from SQL: one bucket of it ({@code bucketMinutes} ≥ 0) or an unbucketed group (-1). */
    static FigureRow of(Key key, int bucketMinutes, long n, long totalSeconds, long maxSeconds) {
        return of(key, n, totalSeconds, maxSeconds, bucketMinutes >= 0 ? bucketMinutes + ":" + n : "");
    }

    static FigureRow of(Key key, long n, long totalSeconds, long maxSeconds, String buckets) {
        return new FigureRow(key.facet(), key.kind(), key.department(), key.sub(), key.weekday(), key.hour(), n,
                totalSeconds, maxSeconds, buckets);
    }

    /** Rows summed per key, in first-seen order of the keys (a rollup's rows from its groups or days). */
    static List<FigureRow> summed(Iterable<FigureRow> rows) {
        Map<Key, Histogram> sums = new LinkedHashMap<>();
        rows.forEach(row -> sums.computeIfAbsent(row.key(), k -> new Histogram()).add(row));
        return sums.entrySet().stream().map(e -> e.getValue().row(e.getKey())).toList();
    }
}
