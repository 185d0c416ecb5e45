package jp.kakanai.server.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates in query parameters ({@code ?date=2026-04-01}): absent means the fallback, nonsense a 400 naming the field. */
public final class QueryDates {
    private QueryDates() {
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
