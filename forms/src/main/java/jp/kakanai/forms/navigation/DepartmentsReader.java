package jp.kakanai.forms.navigation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kakanai.forms.json.JsonReading;
import jp.kakanai.forms.json.LocatedJson;

/**
 * Reads {@code departments.json}: each department (課) with its id, its name in every language, its place in
 * the walking order, its counters (窓口) and, optionally, the letters of its tickets.
 */
final class DepartmentsReader {
    private final JsonReading reading;
    private final List<String> languages;

    DepartmentsReader(JsonReading reading, List<String> languages) {
        this.reading = reading;
        this.languages = languages;
    }

    List<Department> read(LocatedJson.Obj root) {
        List<Department> departments = new ArrayList<>();
        if (!reading.properties(root, Set.of("departments"), Set.of(), "departments.json")) {
            return departments;
        }
        Map<String, Integer> seen = new HashMap<>();
        Map<Integer, String> orders = new HashMap<>();
        Map<String, Integer> counterIds = new HashMap<>();
        Map<String, Integer> prefixes = new HashMap<>();
        reading.eachObject(root, "departments", "a department", node -> department(node, counterIds).ifPresent(d -> {
            if (!reading.unique("department", d.id(), node, seen)) {
                return;
            }
            String other = orders.putIfAbsent(d.walkingOrder(), d.id());
            if (other != null) {
                reading.problem(node.lineOf("walkingOrder"), "departments '" + other + "' and '" + d.id()
                        + "' share walkingOrder " + d.walkingOrder());
            }
            d.ticketPrefix().ifPresent(p -> {
                if (prefixes.putIfAbsent(p, node.lineOf("ticketPrefix")) != null) {
                    reading.problem(node.lineOf("ticketPrefix"), "ticket prefix '" + p + "' is used twice (first at line "
                            + prefixes.get(p) + "): two departments would call the same numbers");
                }
            });
            departments.add(d);
        }));
        return departments;
    }

    private Optional<Department> department(LocatedJson.Obj node, Map<String, Integer> counterIds) {
        if (!reading.properties(node, Set.of("id", "name", "walkingOrder"), Set.of("counters", "ticketPrefix"),
                "a department")) {
            return Optional.empty();
        }
        Optional<String> id = reading.id(node, "id");
        Optional<LocalizedText> name = Texts.read(reading, node, "name", TextLanguages.all(languages, LocalizedText.EASY_JAPANESE));
        Optional<Integer> order = reading.wholeNumber(node.members().get("walkingOrder"), "walkingOrder");
        Optional<String> prefix = reading.string(node, "ticketPrefix").filter(p -> {
            if (!p.matches("[A-Z]{1,3}")) {
                reading.problem(node.lineOf("ticketPrefix"), "ticketPrefix must be 1-3 capital letters, not '" + p + "'");
                return false;
            }
            return true;
        });
        List<Department.Counter> counters = new ArrayList<>();
        reading.eachObject(node, "counters", "a counter", c -> {
            if (reading.properties(c, Set.of("id", "name"), Set.of(), "a counter")) {
                Optional<String> counterId = reading.id(c, "id");
                Optional<LocalizedText> counterName = Texts.read(reading, c, "name",
                        TextLanguages.all(languages, LocalizedText.EASY_JAPANESE));
                if (counterId.isPresent() && counterName.isPresent()
                        && reading.unique("counter", counterId.get(), c, counterIds)) {
                    counters.add(new Department.Counter(counterId.get(), counterName.get()));
                }
            }
        });
        if (id.isEmpty() || order.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Department(id.get(), name.orElse(LocalizedText.unreadable(id.get())), order.get(),
                counters, prefix));
    }
}
