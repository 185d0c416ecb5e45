package jp.kakanai.server.queue;

import java.util.Map;
import java.util.TreeMap;

/**
 * Durations summed from figure rows: exact count, total and maximum, and how many fall in each minute
 * bucket (rounded up). Percentiles are nearest-rank over the buckets: the p-th percentile is the
 * smallest bucket that at least p% of the durations do not exceed, reported as the bucket's upper
 * bound (so never below the exact value, and equal to it for durations of whole minutes).
 */
final class Histogram {
    private final Map<Integer, Long> buckets = new TreeMap<>();
    private long count;
    private long total;
    private long max;

    void add(FigureRow row) {
        count += row.n();
        total += row.totalSeconds();
        max = Math.max(max, row.maxSeconds());
        row.buckets().forEach((minutes, n) -> buckets.merge(minutes, n, Long::sum));
    }

    /** Adds another histogram's durations. */
    void add(Histogram other) {
        count += other.count;
        total += other.total;
        max = Math.max(max, other.max);
        other.buckets.forEach((bucket, n) -> buckets.merge(bucket, n, Long::sum));
    }

    long count() {
        return count;
    }

    long total() {
        return total;
    }

    /** Summary; {@code targetSeconds} must be whole minutes (see QueueProperties) so the share is exact. */
    DurationStats stats(long targetSeconds) {
        if (count == 0) {
            return DurationStats.EMPTY;
        }
        long within = buckets.entrySet().stream().filter(e -> e.getKey() * 60L <= targetSeconds)
                .mapToLong(Map.Entry::getValue).sum();
        return new DurationStats(count, rank(0.5), rank(0.9), max, Math.round((double) total / count),
                (double) within / count);
    }

    private long rank(double p) {
        long rank = Math.max(1, (long) Math.ceil(p * count));
        long seen = 0;
        for (var bucket : buckets.entrySet()) {
            seen += bucket.getValue();
            if (seen >= rank) {
                return Math.min(max, bucket.getKey() * 60L);
            }
        }
        return max;
    }
}
