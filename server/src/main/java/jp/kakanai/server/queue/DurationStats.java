package jp.kakanai.server.queue;

/**
 * A summary of durations, all in seconds: count, median and 90th percentile (nearest rank, in whole
 * minutes rounded up, see {@link Histogram}), maximum and mean (exact), and {@code withinTarget}, the share
 * (0 to 1) at or under the target.
 */
public record DurationStats(long count, long medianSeconds, long p90Seconds, long maxSeconds, long meanSeconds,
                            double withinTarget) {
    static final DurationStats EMPTY = new DurationStats(0, 0, 0, 0, 0, 0);
}
