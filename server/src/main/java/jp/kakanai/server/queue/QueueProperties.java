package jp.kakanai.server.queue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Queue settings ({@code kakanai.queue.*}): the ticket prefix of each department
 * ({@code kakanai.queue.prefixes.hoken-nenkin=B}; by default A, B, C, … in walking order) and the
 * waiting-time target of the service level ({@code kakanai.queue.target=15m}): whole minutes, at most an
 * hour, because the rollups count durations in whole-minute buckets up to an hour (see RollupSql); and the
 * office day's two times in Asia/Tokyo ({@link OfficeHours}): {@code kakanai.queue.reception-ends=17:15}, after
 * which no new ticket is issued, and {@code kakanai.queue.closing-time=20:00}, the end of the day, when the
 * tickets still open are closed (see {@link DayClosing}); either may be {@code 24:00}.
 */
@ConfigurationProperties("kakanai.queue")
public record QueueProperties(Map<String, String> prefixes, Duration target, String closingTime, String receptionEnds) {

    public QueueProperties {
        closingTime = closingTime == null || closingTime.isBlank() ? null : closingTime;
        receptionEnds = receptionEnds == null || receptionEnds.isBlank() ? null : receptionEnds;
        officeHours(receptionEnds, closingTime); // checked at start-up: a clear message naming the property
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

    public OfficeHours officeHours() {
        return officeHours(receptionEnds, closingTime);
    }

    private static OfficeHours officeHours(String receptionEnds, String closingTime) {
        return OfficeHours.of(Optional.ofNullable(receptionEnds), Optional.ofNullable(closingTime));
    }
}
