package jp.kakanai.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The server's clock in tests: the system clock until a test moves it (to another day, across midnight or
 * a weekend), then running on from there at the system clock's pace; or standing still where a test that pins
 * a second (17:14:59 against 17:15:00) stops it, however slow the machine. {@link #reset()} returns to real time.
 */
public final class MovableClock extends Clock {
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final AtomicReference<Instant> stoppedAt = new AtomicReference<>();

    /** From now on the clock reads {@code instant}, and runs on from it. */
    public void moveTo(Instant instant) {
        offset.set(Duration.between(Instant.now(), instant));
        stoppedAt.set(null);
    }

    /** From now on the clock reads {@code instant} and stands still there until moved or reset. */
    public void stopAt(Instant instant) {
        stoppedAt.set(instant);
    }

    public void reset() {
        offset.set(Duration.ZERO);
        stoppedAt.set(null);
    }

    @Override
    public Instant instant() {
        Instant stopped = stoppedAt.get();
        return stopped != null ? stopped : Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MovableClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }
}
