package jp.kakanai.server;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.kakanai.forms.resident.JapanDay;
import org.springframework.stereotype.Component;

/**
 * The town hall's clock: instants are stored in UTC, while days (ticket resets, "today's visits") and
 * every time shown to people are Asia/Tokyo. Every time the server records comes from here, never from the
 * database's {@code now()}: the one {@link Clock} bean ({@link ServerClock}) is what tests replace to move days.
 */
@Component
public class OfficeClock {
    public static final ZoneId ZONE = JapanDay.ZONE;
    private final Clock clock;

    public OfficeClock(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return dayOf(clock.instant());
    }

    /** The same clock in Asia/Tokyo, for code that asks a {@link Clock} for local dates. */
    public Clock inOfficeZone() {
        return clock.withZone(ZONE);
    }

    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
