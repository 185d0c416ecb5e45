package jp.kakanai.server.publicqueue;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kakanai.public-snapshot.*}: {@code max-age} (1 s), how old the snapshot a public answer comes from
 * may be — each server reads the table at most once per max-age, and staff servers publish at most once per
 * max-age between them; {@code stale-after} (1 min), how old the last publication may be before the public
 * endpoints answer 503 instead of showing a queue that no staff server confirms any more.
 */
@ConfigurationProperties("kakanai.public-snapshot")
public record PublicSnapshotSettings(Duration maxAge, Duration staleAfter) {
    public PublicSnapshotSettings {
        maxAge = maxAge == null ? Duration.ofSeconds(1) : maxAge;
        staleAfter = staleAfter == null ? Duration.ofMinutes(1) : staleAfter;
        if (maxAge.isNegative() || maxAge.compareTo(Duration.ofSeconds(10)) > 0) {
            throw new IllegalArgumentException("Kakanai configuration: kakanai.public-snapshot.max-age must be from 0s"
                    + " to 10s, got " + maxAge);
        }
        if (staleAfter.compareTo(maxAge.plusSeconds(2)) < 0) {
            throw new IllegalArgumentException("Kakanai configuration: kakanai.public-snapshot.stale-after must be at"
                    + " least max-age + 2s (the publishers run every second), got " + staleAfter);
        }
    }
}
