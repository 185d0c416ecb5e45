package jp.kakanai.server.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates in query parameters ({@code ?date=2026-04-01}): absent means the fallback, nonsense a 400 naming the field. */
public final class QueryDates {
    private QueryDates() {
    }

    /** A report's period, both days included. */
    public record Period(LocalDate from, LocalDate to) {
    }

    /**
     * {@code ?from&to}: the last 30 days up to today by default; a period that starts after it ends, or is longer
     * than {@code maxDays}, is a 400 naming {@code from}.
     */
    public static Period period(String from, String to, LocalDate today, int maxDays) {
        LocalDate end = parse("to", to, today);
        LocalDate start = parse("from", from, end.minusDays(29));
        if (start.isAfter(end)) {
            throw ApiProblem.badField("from", "The period starts after it ends.");
        }
        if (start.plusDays(maxDays).isBefore(end)) {
            throw ApiProblem.badField("from", "At most " + maxDays + " days per report.");
        }
        return new Period(start, end);
    }

    public static LocalDate parse(String field, String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badField(field, "Not a real date in the form yyyy-MM-dd.");
        }
    }
}
