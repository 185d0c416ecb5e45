package jp.kakanai.server.visit;

import java.util.Optional;
import jp.kakanai.server.api.ApiProblem;

/**
 * One page of a day's visits ({@code GET /api/visits?page=1&size=50&order=newest}). A busy city hall has
 * 2,700 visits a day, and the whole day was 1.2 MB per call of a page that refreshes every 30 s. Without
 * {@code page} and {@code size} the list is whole, as before, for clients that know no paging.
 */
record VisitPage(int page, int size, boolean newestFirst) {
    static final int MAX_SIZE = 200;

    int offset() {
        return (page - 1) * size;
    }

    /** The page asked for, or empty for the whole day; nonsense is a 400 naming the parameter. */
    static Optional<VisitPage> of(String page, String size, String order) {
        boolean newestFirst = switch (order == null ? "checkin" : order) {
            case "checkin" -> false;
            case "newest" -> true;
            default -> throw ApiProblem.badField("order", "Order is checkin (the default) or newest.");
        };
        if (page == null && size == null) {
            return newestFirst ? Optional.of(new VisitPage(1, MAX_SIZE, true)) : Optional.empty();
        }
        return Optional.of(new VisitPage(number(page, "page", 1, Integer.MAX_VALUE / MAX_SIZE, 1),
                number(size, "size", 1, MAX_SIZE, 50), newestFirst));
    }

    private static int number(String text, String field, int min, int max, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw ApiProblem.badField(field, "A whole number from " + min + " to " + max + ".");
    }
}
