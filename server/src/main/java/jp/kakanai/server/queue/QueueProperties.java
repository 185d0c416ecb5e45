package jp.kakanai.server.queue;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Queue settings ({@code kakanai.queue.*}): the ticket prefix of each department
 * ({@code kakanai.queue.prefixes.hoken-nenkin=B}; by default A, B, C, … in walking order) and the
 * waiting-time target of the service level ({@code kakanai.queue.target=15m}): whole minutes, at most an
 * hour, because the rollups count durations in whole-minute buckets up to an hour (see RollupSql); and the
 * office's closing time ({@code kakanai.queue.closing-time=17:15}, Asia/Tokyo), when the day's open tickets
 * are closed (see {@link DayClosing}).
 */
@ConfigurationProperties("kakanai.queue")
public record QueueProperties(Map<String, String> prefixes, Duration target, LocalTime closingTime) {
    /** When the office day ends and every ticket still open is closed as "not served at closing". */
    static final LocalTime DEFAULT_CLOSING = LocalTime.of(17, 15);

    public QueueProperties {
        closingTime = closingTime == null ? DEFAULT_CLOSING : closingTime;
        prefixes = prefixes == null ? Map.of() : Map.copyOf(prefixes);
        target = target == null ? Duration.ofMinutes(15) : target;
        prefixes.forEach((department, prefix) -> {
            if (!prefix.matches("[A-Z]{1,3}")) {
                throw new IllegalArgumentException("Kakanai configuration: kakanai.queue.prefixes." + department
                        + " must be 1-3 capital letters, got '" + prefix + "'");
            }
        });
        if (target.isNegative() || target.isZero() || target.toSeconds() % 60 != 0 || target.toMinutes() > 60) {
            throw new IllegalArgumentException("Kakanai configuration: kakanai.queue.target must be whole minutes"
                    + " from 1m to 60m, got " + target);
        }
    }
}
