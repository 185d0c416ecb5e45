package jp.kakanai.server;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The town hall's clock: instants are stored in UTC, while days (ticket resets, "today's visits") and
 * every time shown to people are Asia/Tokyo. Tests hand in a clock of their own.
 */
@Component
public class OfficeClock {
    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
    private final Clock clock;

    @Autowired
    public OfficeClock() {
        this(Clock.systemUTC());
    }

    public OfficeClock(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return dayOf(clock.instant());
    }

    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
