package jp.kakanai.server.visit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a check-in's {@code Idempotency-Key} is remembered ({@code kakanai.idempotency.keep}, default
 * 24 hours): far longer than any kiosk retries, short enough that the table stays small.
 */
@ConfigurationProperties("kakanai.idempotency")
public record IdempotencyProperties(Duration keep) {
    public IdempotencyProperties {
        keep = keep == null ? Duration.ofHours(24) : keep;
        if (keep.isNegative() || keep.isZero()) {
            throw new IllegalArgumentException("Kakanai configuration: kakanai.idempotency.keep must be positive, e.g. 24h");
        }
    }
}
