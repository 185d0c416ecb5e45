package jp.kakanai.server.queue;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One group of spans as the rollups and the report's queries give it (see {@link RollupSql}): how many,
 * their total and longest seconds, and how many fall in each whole-minute bucket (empty: not bucketed).
 *
 * @param facet A (per kind, department and sub), B (per weekday and hour, all departments, bucketed) or C
 *              (per department, weekday and hour, not bucketed)
 * @param sub   entry, counter, procedure or outcome, by kind (facet A)
 */
public record FigureRow(char facet, Span.Kind kind, String department, String sub, int weekday, int hour,
                        long n, long totalSeconds, long maxSeconds, SortedMap<Integer, Long> buckets) {

    public FigureRow {
        buckets = Collections.unmodifiableSortedMap(new TreeMap<>(buckets));
    }

    /** What rows are summed by: the same group in another day or month. */
    public record Key(char facet, Span.Kind kind, String department, String sub, int weekday, int hour) {
    }

    public Key key() {
        return new Key(facet, kind, department, sub, weekday, hour);
    }

    /** A group from SQL: one bucket of it ({@code bucketMinutes} ≥ 0) or an unbucketed group (-1). */
    static FigureRow of(Key key, int bucketMinutes, long n, long totalSeconds, long maxSeconds) {
        SortedMap<Integer, Long> buckets = new TreeMap<>();
        if (bucketMinutes >= 0) {
            buckets.put(bucketMinutes, n);
        }
        return new FigureRow(key.facet(), key.kind(), key.department(), key.sub(), key.weekday(), key.hour(), n,
                totalSeconds, maxSeconds, buckets);
    }

    /** The buckets as stored in a rollup row: {@code minutes:count} joined by commas. */
    String packedBuckets() {
        StringBuilder packed = new StringBuilder();
        buckets.forEach((minutes, count) -> packed.append(packed.isEmpty() ? "" : ",").append(minutes).append(':')
                .append(count));
        return packed.toString();
    }

    static SortedMap<Integer, Long> unpack(String packed) {
        SortedMap<Integer, Long> buckets = new TreeMap<>();
        if (!packed.isEmpty()) {
            for (String entry : packed.split(",")) {
                int colon = entry.indexOf(':');
                buckets.put(Integer.parseInt(entry.substring(0, colon)), Long.parseLong(entry.substring(colon + 1)));
            }
        }
        return buckets;
    }

    /** This group and another of the same key summed. */
    FigureRow plus(FigureRow other) {
        SortedMap<Integer, Long> sum = new TreeMap<>(buckets);
        other.buckets.forEach((minutes, count) -> sum.merge(minutes, count, Long::sum));
        return new FigureRow(facet, kind, department, sub, weekday, hour, n + other.n, totalSeconds + other.totalSeconds,
                Math.max(maxSeconds, other.maxSeconds), sum);
    }

    /** Rows summed per key, in first-seen order of the keys. */
    static Map<Key, FigureRow> summed(Iterable<FigureRow> rows) {
        Map<Key, FigureRow> sums = new java.util.LinkedHashMap<>();
        rows.forEach(row -> sums.merge(row.key(), row, FigureRow::plus));
        return sums;
    }
}
