package jp.kakanai.forms.pack;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kakanai.forms.json.JsonReading;
import jp.kakanai.forms.json.LocatedJson;

/**
 * Reads {@code queue/reservations.json} (来庁予約): slots that divide an hour or are whole hours (10–120 minutes),
 * opening hours and days, closed dates, how far ahead and how early, residents per slot for each department of
 * the pack, and at least one bookable item at a department that takes reservations.
 */
final class ReservationsReader {
    private final JsonReading reading;
    private final Set<String> departments;

    ReservationsReader(JsonReading reading, Set<String> departments) {
        this.reading = reading;
        this.departments = departments;
    }

    Optional<ReservationSettings> read(LocatedJson.Obj root) {
        boolean complete = reading.properties(root, Set.of("slotMinutes", "openingHours", "openDays", "capacity",
                "items", "bookAheadDays", "arriveEarlyMinutes"), Set.of("_comment", "closedDates"),
                QueueFiles.RESERVATIONS);
        Optional<Integer> slot = whole(root, "slotMinutes", 10, 120).filter(m -> {
            boolean fits = 60 % m == 0 || m % 60 == 0;
            if (!fits) {
                reading.problem(root.lineOf("slotMinutes"), "slotMinutes " + m + " neither divides an hour nor is whole hours");
            }
            return fits;
        });
        Optional<LocalTime[]> hours = root.get("openingHours").flatMap(n -> reading.object(n, "openingHours {\"from\", \"to\"}"))
                .flatMap(this::hours);
        Set<DayOfWeek> days = days(root);
        Set<MonthDay> closed = closedDates(root);
        Map<String, Integer> capacity = capacity(root);
        List<ReservationSettings.Item> items = items(root, capacity);
        Optional<Integer> ahead = whole(root, "bookAheadDays", 1, 92);
        Optional<Integer> early = whole(root, "arriveEarlyMinutes", 0, 60);
        if (!complete || slot.isEmpty() || hours.isEmpty() || ahead.isEmpty() || early.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReservationSettings(slot.get(), hours.get()[0], hours.get()[1], days, closed, ahead.get(),
                early.get(), capacity, items));
    }

    private Optional<Integer> whole(LocatedJson.Obj obj, String key, int min, int max) {
        return obj.get(key).flatMap(n -> reading.wholeNumber(n, key)).filter(v -> {
            if (v < min || v > max) {
                reading.problem(obj.lineOf(key), key + " must be from " + min + " to " + max + ", not " + v);
            }
            return v >= min && v <= max;
        });
    }

    private Optional<LocalTime[]> hours(LocatedJson.Obj node) {
        reading.properties(node, Set.of("from", "to"), Set.of(), "openingHours");
        Optional<LocalTime> from = time(node, "from");
        Optional<LocalTime> to = time(node, "to");
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        if (!from.get().isBefore(to.get())) {
            reading.problem(node, "openingHours.from must be before openingHours.to");
            return Optional.empty();
        }
        return Optional.of(new LocalTime[] {from.get(), to.get()});
    }

    private Optional<LocalTime> time(LocatedJson.Obj node, String key) {
        return reading.string(node, key).flatMap(text -> {
            try {
                return Optional.of(LocalTime.parse(text, DateTimeFormatter.ofPattern("HH:mm")));
            } catch (RuntimeException e) {
                reading.problem(node.lineOf(key), "openingHours." + key + " '" + text + "' is not a time HH:mm");
                return Optional.empty();
            }
        });
    }

    private Set<DayOfWeek> days(LocatedJson.Obj root) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : reading.strings(root, "openDays")) {
            try {
                days.add(DayOfWeek.valueOf(day));
            } catch (IllegalArgumentException e) {
                reading.problem(root.lineOf("openDays"), "openDays: '" + day + "' is no day (MONDAY … SUNDAY)");
            }
        }
        return days;
    }

    private Set<MonthDay> closedDates(LocatedJson.Obj root) {
        Set<MonthDay> closed = new LinkedHashSet<>();
        for (String date : reading.strings(root, "closedDates")) {
            try {
                closed.add(MonthDay.parse("--" + date));
            } catch (RuntimeException e) {
                reading.problem(root.lineOf("closedDates"), "closedDates: '" + date + "' is not MM-dd");
            }
        }
        return closed;
    }

    private Map<String, Integer> capacity(LocatedJson.Obj root) {
        Map<String, Integer> capacity = new LinkedHashMap<>();
        root.get("capacity").flatMap(n -> reading.object(n, "capacity {\"department\": residents per slot}"))
                .ifPresent(node -> node.members().forEach((department, value) -> {
                    if (!departments.contains(department)) {
                        reading.problem(node.lineOf(department), "capacity." + department
                                + " names no department of departments.json");
                    } else {
                        reading.wholeNumber(value, "capacity." + department).filter(n -> {
                            if (n < 0) {
                                reading.problem(value, "capacity." + department + " must be 0 or more");
                            }
                            return n >= 0;
                        }).ifPresent(n -> capacity.put(department, n));
                    }
                }));
        return capacity;
    }

    private List<ReservationSettings.Item> items(LocatedJson.Obj root, Map<String, Integer> capacity) {
        List<ReservationSettings.Item> items = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        reading.eachObject(root, "items", "a bookable item", node -> {
            reading.checkProperties(node, Set.of("id", "kind", "department", "name"), "a bookable item");
            Optional<String> id = reading.id(node, "id").filter(i -> reading.unique("item", i, node, seen));
            if (!node.has("id")) {
                reading.problem(node, "missing 'id'");
            }
            Optional<String> department = reading.string(node, "department");
            if (!node.has("department")) {
                reading.problem(node, "missing 'department'");
            }
            department.filter(d -> capacity.getOrDefault(d, 0) < 1).ifPresent(d -> reading.problem(node.lineOf("department"),
                    "department '" + d + "' takes no reservations (capacity)"));
            Map<String, String> name = QueueFiles.jaAndEn(reading, node, "name");
            String kind = reading.string(node, "kind").orElse("life-event");
            if (id.isPresent() && department.isPresent()) {
                items.add(new ReservationSettings.Item(id.get(), kind, department.get(), Map.copyOf(name)));
            }
        });
        LocatedJson list = root.get("items").orElse(null);
        if (list instanceof LocatedJson.Arr arr && arr.items().isEmpty()) {
            reading.problem(list, "items must list at least one bookable item");
        }
        return List.copyOf(items);
    }
}
