package jp.kakanai.server.queue;

/**
 * One group of spans as the rollups and the report's queries give it (see {@link RollupSql}): how many,
 * their total and longest seconds, and the minute bucket they fall in ({@code -1}: not bucketed).
 *
 * @param facet A (per kind, department and sub), B (per weekday and hour, bucketed) or C (per department,
 *              weekday and hour, not bucketed)
 * @param sub   entry, counter, procedure or outcome, by kind (facet A)
 */
public record FigureRow(char facet, Span.Kind kind, String department, String sub, int weekday, int hour,
                        int bucketMinutes, long n, long totalSeconds, long maxSeconds) {
}
