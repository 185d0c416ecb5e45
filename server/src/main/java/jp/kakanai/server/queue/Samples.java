package jp.kakanai.server.queue;

import java.util.Arrays;

/** Durations in seconds, collected cheaply (a year holds hundreds of thousands) and then summarised. */
final class Samples {
    private int[] values = new int[16];
    private int size;

    void add(long seconds) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = (int) Math.min(Integer.MAX_VALUE, seconds);
    }

    int size() {
        return size;
    }

    /**
     * Count, median, p90, max, mean and the share within the target. Percentiles are nearest-rank: the
     * p-th percentile is the smallest value that at least p% of the values do not exceed, always a real
     * observed duration.
     */
    DurationStats stats(long targetSeconds) {
        if (size == 0) {
            return DurationStats.EMPTY;
        }
        int[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        long sum = 0;
        int within = 0;
        for (int v : sorted) {
            sum += v;
            if (v <= targetSeconds) {
                within++;
            }
        }
        return new DurationStats(size, rank(sorted, 0.5), rank(sorted, 0.9), sorted[size - 1],
                Math.round((double) sum / size), (double) within / size);
    }

    private static int rank(int[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
