package jp.kakanai.kiosk.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which forms of the route print the 個人番号, as the server said in the route itself: each item of
 * {@code POST /api/navigation} lists its {@code myNumberForms} from the town pack version in force (the one a
 * check-in made now starts its visit on). The kiosk reads the card's EF 0001 only when a needed procedure has
 * such a form (番号法: collect the number only where the law's procedure needs it), and it keeps no catalog
 * of its own: a town's pack decides, not the sample built into the kiosk.
 *
 * <p>Fail closed: without a route from the server (server away, or an answer made for older answers) there
 * are no such forms, and an item without {@code myNumberForms} (a server older than this kiosk) has none; the
 * number is then not read, and the resident gives it at the counter.
 */
final class MyNumberForms {
    private MyNumberForms() {
    }

    /** The forms of the route's {@code needed} items that print the My Number, in route order. */
    static List<String> neededBy(JsonNode route) {
        Set<String> found = new LinkedHashSet<>();
        for (JsonNode item : route.path("items")) {
            if ("needed".equals(item.path("certainty").asText())) {
                for (JsonNode form : item.path("myNumberForms")) {
                    if (form.isTextual()) {
                        found.add(form.asText());
                    }
                }
            }
        }
        return List.copyOf(found);
    }
}
