package jp.kakanai.server.queue;

/** A summary of durations, all in seconds; {@code withinTarget} is the share (0 to 1) at or under the target. */
public record DurationStats(int count, long medianSeconds, long p90Seconds, long maxSeconds, long meanSeconds,
                            double withinTarget) {
    static final DurationStats EMPTY = new DurationStats(0, 0, 0, 0, 0, 0);
}
