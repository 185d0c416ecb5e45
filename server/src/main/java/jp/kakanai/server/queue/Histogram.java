package jp.kakanai.server.queue;

/**
 * Durations summed from figure rows: exact count, total and maximum, and how many fall in each minute
 * bucket (rounded up; see {@link RollupSql#BUCKET}: 1 minute to an hour, 5 to three hours, 30 to a day, one
 * beyond — 128 buckets, kept in an array). Percentiles are nearest-rank over the buckets: the p-th
 * percentile is the smallest bucket that at least p% of the durations do not exceed, reported as the
 * bucket's upper bound but never above the observed maximum (so never below the exact value, and equal to
 * it for durations of whole minutes).
 */
final class Histogram {
    private static final int SLOTS = 128;
    private final long[] counts = new long[SLOTS];
    private boolean bucketed;
    private long count;
    private long total;
    private long max;

    static int slot(int minutes) {
        if (minutes <= 60) {
            return minutes;
        }
        if (minutes <= 180) {
            return 60 + (minutes - 60) / 5;
        }
        return minutes <= 1440 ? 84 + (minutes - 180) / 30 : SLOTS - 1;
    }

    static int minutes(int slot) {
        if (slot <= 60) {
            return slot;
        }
        if (slot <= 84) {
            return 60 + (slot - 60) * 5;
        }
        return slot < SLOTS - 1 ? 180 + (slot - 84) * 30 : 1470;
    }

    /** Adds a row, reading its packed buckets without building anything in between. */
    void add(FigureRow row) {
        count += row.n();
        total += row.totalSeconds();
        max = Math.max(max, row.maxSeconds());
        String packed = row.buckets();
        int i = 0;
        while (i < packed.length()) {
            int minutes = 0;
            while (packed.charAt(i) != ':') {
                minutes = minutes * 10 + packed.charAt(i++) - '0';
            }
            i++;
            long n = 0;
            while (i < packed.length() && packed.charAt(i) != ',') {
                n = n * 10 + packed.charAt(i++) - '0';
            }
            i++;
            counts[slot(minutes)] += n;
            bucketed = true;
        }
    }

    /** Adds another histogram's durations. */
    void add(Histogram other) {
        count += other.count;
        total += other.total;
        max = Math.max(max, other.max);
        bucketed |= other.bucketed;
        for (int s = 0; s < SLOTS; s++) {
            counts[s] += other.counts[s];
        }
    }

    long count() {
        return count;
    }

    long total() {
        return total;
    }

    /** This histogram as the row of a rollup. */
    FigureRow row(FigureRow.Key key) {
        StringBuilder packed = new StringBuilder();
        for (int s = 0; bucketed && s < SLOTS; s++) {
            if (counts[s] > 0) {
                packed.append(packed.isEmpty() ? "" : ",").append(minutes(s)).append(':').append(counts[s]);
            }
        }
        return FigureRow.of(key, count, total, max, packed.toString());
    }

    /** Summary; {@code targetSeconds} must be whole minutes (see QueueProperties) so the share is exact. */
    DurationStats stats(long targetSeconds) {
        if (count == 0) {
            return DurationStats.EMPTY;
        }
        long within = 0;
        for (int s = 0; s < SLOTS && minutes(s) * 60L <= targetSeconds; s++) {
            within += counts[s];
        }
        return new DurationStats(count, rank(0.5), rank(0.9), max, Math.round((double) total / count),
                (double) within / count);
    }

    private long rank(double p) {
        long rank = Math.max(1, (long) Math.ceil(p * count));
        long seen = 0;
        for (int s = 0; s < SLOTS; s++) {
            seen += counts[s];
            if (seen >= rank) {
                return Math.min(max, minutes(s) * 60L);
            }
        }
        return max;
    }
}
