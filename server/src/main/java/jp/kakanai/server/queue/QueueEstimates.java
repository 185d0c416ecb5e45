package jp.kakanai.server.queue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How long a queue will take, from the last hour's service rate: residents whose service started at the
 * department in the last 60 minutes (an index range on the event log). {@code n} waiting ahead at a rate
 * of {@code r} an hour take about {@code n × 60 / r} minutes, rounded up; with nobody served in the last
 * hour (the morning's first minutes, a closed counter) there is no estimate rather than a guess.
 */
@Component
public class QueueEstimates {
    static final Duration WINDOW = Duration.ofHours(1);
    private final JdbcClient jdbc;

    public QueueEstimates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Residents whose service started in the hour before {@code now}, per department. */
    public Map<String, Integer> servedLastHour(Instant now) {
        Map<String, Integer> served = new HashMap<>();
        jdbc.sql("select department, count(*) from queue_event where event_type = 'SERVICE_STARTED'"
                        + " and occurred_at > :since and occurred_at <= :now group by department")
                .param("since", now.minus(WINDOW).atOffset(ZoneOffset.UTC)).param("now", now.atOffset(ZoneOffset.UTC))
                .query(rs -> {
                    served.put(rs.getString(1), rs.getInt(2));
                });
        return served;
    }

    /** Minutes until {@code ahead} residents are called at a department that served {@code perHour} last hour. */
    public static Optional<Long> minutes(int ahead, int perHour) {
        if (perHour <= 0) {
            return ahead == 0 ? Optional.of(0L) : Optional.empty();
        }
        return Optional.of((long) Math.ceil(ahead * 60.0 / perHour));
    }
}
