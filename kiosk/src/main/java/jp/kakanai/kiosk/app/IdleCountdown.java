package jp.kakanai.kiosk.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The idle reset's countdown: whether a resident is using the kiosk (touched it since it last came to rest)
 * and how long since the last touch. Not thread-safe: {@link KioskSession} holds it under its lock.
 */
final class IdleCountdown {
    private final Clock clock;
    private final Duration timeout;
    /** A resident is using the kiosk (touched it since the last full reset). */
    private boolean active;
    private Instant lastActivity;

    IdleCountdown(Clock clock, Duration timeout) {
        this.clock = Objects.requireNonNull(clock);
        this.timeout = Objects.requireNonNull(timeout);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the idle timeout must be positive, not " + timeout);
        }
        this.lastActivity = clock.instant();
    }

    /** A touch: the countdown starts again. */
    void touch() {
        active = true;
        lastActivity = clock.instant();
    }

    /** After a wipe: counting on only if the same resident is still there ({@code stillActive}). */
    void restart(boolean stillActive) {
        active = stillActive;
        lastActivity = clock.instant();
    }

    boolean active() {
        return active;
    }

    boolean expired() {
        return active && secondsLeft() <= 0;
    }

    /** Seconds until the idle reset (the whole timeout while nobody uses the kiosk). */
    long secondsLeft() {
        if (!active) {
            return timeout.toSeconds();
        }
        long leftMillis = timeout.toMillis() - Duration.between(lastActivity, clock.instant()).toMillis();
        return Math.max(0, (leftMillis + 999) / 1000);
    }

    Duration timeout() {
        return timeout;
    }
}
