package jp.kakanai.server.queue;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Queue settings ({@code kakanai.queue.*}): the ticket prefix of each department
 * ({@code kakanai.queue.prefixes.hoken-nenkin=B}; by default A, B, C, … in walking order) and the
 * waiting-time target of the service level ({@code kakanai.queue.target=15m}), and whether the last year's
 * report data is read into memory at start-up ({@code kakanai.queue.prefetch=true}).
 */
@ConfigurationProperties("kakanai.queue")
public record QueueProperties(Map<String, String> prefixes, Duration target, Boolean prefetch) {
    public QueueProperties {
        prefixes = prefixes == null ? Map.of() : Map.copyOf(prefixes);
        target = target == null ? Duration.ofMinutes(15) : target;
        prefetch = prefetch == null || prefetch;
        prefixes.forEach((department, prefix) -> {
            if (!prefix.matches("[A-Z]{1,3}")) {
                throw new IllegalArgumentException("Kakanai configuration: kakanai.queue.prefixes." + department
                        + " must be 1-3 capital letters, got '" + prefix + "'");
            }
        });
        if (target.isNegative() || target.isZero()) {
            throw new IllegalArgumentException("Kakanai configuration: kakanai.queue.target must be positive");
        }
    }
}
