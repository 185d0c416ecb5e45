package jp.kakanai.server.database;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/** Latencies of one kind of request and its failures; percentiles by nearest rank. */
final class LatencyLog {
    private long[] nanos = new long[1024];
    private int count;
    private final AtomicInteger errors = new AtomicInteger();

    synchronized void record(long elapsedNanos, boolean ok) {
        if (!ok) {
            errors.incrementAndGet();
        }
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    synchronized int count() {
        return count;
    }

    int errors() {
        return errors.get();
    }

    /** Milliseconds; 0 when nothing was recorded. */
    synchronized double percentile(double p) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }
}
