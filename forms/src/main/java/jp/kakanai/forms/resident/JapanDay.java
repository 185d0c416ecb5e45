package jp.kakanai.forms.resident;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The day in Japan. Every date a resident tells (a birth, a death, a move) and every "today" it is checked
 * against is Asia/Tokyo's, whatever zone the machine runs in: servers and kiosk PCs are often set to UTC, where
 * 00:00–09:00 JST is still the day before — a baby born this morning would be "in the future" at the 8:30
 * opening.
 */
public final class JapanDay {
    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private JapanDay() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
