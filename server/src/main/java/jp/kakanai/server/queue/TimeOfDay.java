package jp.kakanai.server.queue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kakanai.server.OfficeClock;

/**
 * A time of the office day in Asia/Tokyo, written {@code 17:15} or {@code 17:15:30}, up to {@code 24:00}: the
 * midnight that ends the day (a demo, or a town open around the clock), which {@link java.time.LocalTime} cannot
 * say. Asia/Tokyo has no daylight saving, so the day's start plus the time is the instant.
 */
public record TimeOfDay(Duration sinceMidnight) implements Comparable<TimeOfDay> {
    private static final Pattern FORMAT = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
    static final TimeOfDay MIDNIGHT_AT_END = new TimeOfDay(Duration.ofDays(1));

    public TimeOfDay {
        if (sinceMidnight.isNegative() || sinceMidnight.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("a time of day is from 00:00 to 24:00, got " + sinceMidnight);
        }
    }

    /** {@code text} as configured in {@code property}; a clear start-up message naming it otherwise. */
    static TimeOfDay parse(String property, String text) {
        Matcher m = FORMAT.matcher(text.strip());
        if (m.matches()) {
            int hours = Integer.parseInt(m.group(1));
            int minutes = Integer.parseInt(m.group(2));
            int seconds = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            Duration time = Duration.ofHours(hours).plusMinutes(minutes).plusSeconds(seconds);
            if (minutes < 60 && seconds < 60 && time.compareTo(Duration.ofDays(1)) <= 0) {
                return new TimeOfDay(time);
            }
        }
        throw new IllegalArgumentException("Kakanai configuration: " + property + " must be a time of day in"
                + " Asia/Tokyo from 00:00 to 24:00 (HH:mm or HH:mm:ss), got '" + text + "'");
    }

    static TimeOfDay of(int hours, int minutes) {
        return new TimeOfDay(Duration.ofHours(hours).plusMinutes(minutes));
    }

    /** This time on {@code day} (24:00 is the next day's start). */
    public Instant on(LocalDate day) {
        return day.atStartOfDay(OfficeClock.ZONE).toInstant().plus(sinceMidnight);
    }

    /** As residents read it: 17時15分, 17時, 24時. */
    public String japanese() {
        long minutes = sinceMidnight.toMinutesPart();
        return sinceMidnight.toHours() + "時" + (minutes == 0 ? "" : minutes + "分");
    }

    @Override
    public int compareTo(TimeOfDay other) {
        return sinceMidnight.compareTo(other.sinceMidnight);
    }

    /** {@code 17:15}, {@code 17:15:30}, {@code 24:00}. */
    @Override
    public String toString() {
        String hm = String.format("%02d:%02d", sinceMidnight.toHours(), sinceMidnight.toMinutesPart());
        return sinceMidnight.toSecondsPart() == 0 ? hm : hm + String.format(":%02d", sinceMidnight.toSecondsPart());
    }
}
