package jp.kakanai.server.ratelimit;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits for anonymous clients of the public endpoints ({@code kakanai.rate-limit.*}), per client address:
 * {@code per-minute} requests on average with bursts up to the same number. The default, 300 a minute, lets
 * the residents' phones behind one hall Wi-Fi address (50 phones polling their ticket every 15 s = 200 a
 * minute) and the display board through, while one script hammering the board is answered 429 at once.
 */
@ConfigurationProperties("kakanai.rate-limit")
public record RateLimitProperties(Boolean enabled, Integer perMinute, List<String> paths) {
    public RateLimitProperties {
        enabled = enabled == null || enabled;
        perMinute = perMinute == null ? 300 : perMinute;
        paths = paths == null ? List.of("/api/board", "/api/home-qr", "/api/congestion", "/api/reservations") : List.copyOf(paths);
        if (perMinute < 1) {
            throw new IllegalArgumentException("Kakanai configuration: kakanai.rate-limit.per-minute must be at least 1");
        }
    }

    boolean covers(String path) {
        return paths.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }
}
