package jp.kakanai.server.reservation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kakanai.forms.json.DataFiles;
import jp.kakanai.forms.pack.TownPack;
import jp.kakanai.server.queue.Departments;
import jp.kakanai.server.queue.QueueProperties;
import jp.kakanai.server.queue.QueueTownFiles;
import jp.kakanai.server.townpack.PerPackVersion;
import jp.kakanai.server.townpack.TownPackCheck;
import jp.kakanai.server.townpack.TownPacks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads {@code queue/reservations.json} of the town pack version in force, again when a manager switches versions;
 * a broken file stops the start-up, or refuses an upload, naming every problem (field paths as in the file).
 */
@Configuration
public class ReservationSettingsFile {
    static final String FILE = QueueTownFiles.RESERVATIONS;

    @Bean
    ReservationSettingsInForce reservationSettings(QueueProperties properties, TownPacks packs) {
        PerPackVersion<ReservationSettings> inForce = new PerPackVersion<>(packs, pack -> fromPack(pack, properties));
        inForce.get();
        return new ReservationSettingsInForce(inForce);
    }

    @Bean
    TownPackCheck reservationFileCheck(QueueProperties properties) {
        return pack -> QueueTownFiles.problemsOf(pack, p -> fromPack(p, properties));
    }

    private static ReservationSettings fromPack(TownPack pack, QueueProperties properties) {
        return fromPack(pack.files(), new Departments(properties, pack));
    }

    static ReservationSettings fromPack(DataFiles pack, Departments departments) {
        return read(QueueTownFiles.read(pack, FILE), departments);
    }

    static ReservationSettings read(JsonNode root, Departments departments) {
        List<String> problems = new ArrayList<>();
        int slot = root.path("slotMinutes").asInt(0);
        if (slot < 10 || slot > 120 || 60 % slot != 0 && slot % 60 != 0) {
            problems.add("slotMinutes must divide an hour or be whole hours, from 10 to 120");
        }
        LocalTime opens = time(root.path("openingHours").path("from"), "openingHours.from", problems);
        LocalTime closes = time(root.path("openingHours").path("to"), "openingHours.to", problems);
        if (!opens.isBefore(closes)) {
            problems.add("openingHours.from must be before openingHours.to");
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        root.path("openDays").forEach(d -> {
            try {
                days.add(DayOfWeek.valueOf(d.asText()));
            } catch (IllegalArgumentException e) {
                problems.add("openDays: '" + d.asText() + "' is no day (MONDAY … SUNDAY)");
            }
        });
        Set<MonthDay> closed = new HashSet<>();
        root.path("closedDates").forEach(d -> {
            try {
                closed.add(MonthDay.parse("--" + d.asText()));
            } catch (RuntimeException e) {
                problems.add("closedDates: '" + d.asText() + "' is not MM-dd");
            }
        });
        Map<String, Integer> capacity = new LinkedHashMap<>();
        root.path("capacity").fields().forEachRemaining(e -> {
            if (!departments.exists(e.getKey())) {
                problems.add("capacity." + e.getKey() + " names no department of the catalog");
            } else if (!e.getValue().canConvertToInt() || e.getValue().asInt() < 0) {
                problems.add("capacity." + e.getKey() + " must be a whole number ≥ 0");
            }
            capacity.put(e.getKey(), e.getValue().asInt());
        });
        List<ReservationSettings.Item> items = items(root.path("items"), capacity, problems);
        int ahead = root.path("bookAheadDays").asInt(0);
        int early = root.path("arriveEarlyMinutes").asInt(-1);
        if (ahead < 1 || ahead > 92) {
            problems.add("bookAheadDays must be from 1 to 92");
        }
        if (early < 0 || early > 60) {
            problems.add("arriveEarlyMinutes must be from 0 to 60");
        }
        if (!problems.isEmpty()) {
            throw new QueueTownFiles.Invalid(FILE, problems);
        }
        return new ReservationSettings(slot, opens, closes, days, closed, ahead, early, capacity, items);
    }

    private static List<ReservationSettings.Item> items(JsonNode list, Map<String, Integer> capacity,
                                                        List<String> problems) {
        List<ReservationSettings.Item> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String where = "items[" + i + "]";
            String id = item.path("id").asText("");
            if (!id.matches("[a-z0-9-]{1,32}") || !ids.add(id)) {
                problems.add(where + ".id must be 1-32 lower-case letters, digits or '-', once");
            }
            String department = item.path("department").asText("");
            if (capacity.getOrDefault(department, 0) < 1) {
                problems.add(where + ".department '" + department + "' takes no reservations (capacity)");
            }
            Map<String, String> name = new LinkedHashMap<>();
            for (String language : List.of("ja", "en")) {
                String text = item.path("name").path(language).asText("").strip();
                if (text.isEmpty()) {
                    problems.add(where + ".name." + language + " is missing");
                }
                name.put(language, text);
            }
            items.add(new ReservationSettings.Item(id, item.path("kind").asText("life-event"), department, Map.copyOf(name)));
        }
        if (items.isEmpty()) {
            problems.add("items must list at least one bookable item");
        }
        return List.copyOf(items);
    }

    private static LocalTime time(JsonNode node, String field, List<String> problems) {
        try {
            return LocalTime.parse(node.asText(""), DateTimeFormatter.ofPattern("HH:mm"));
        } catch (RuntimeException e) {
            problems.add(field + " must be a time HH:mm");
            return LocalTime.MIDNIGHT;
        }
    }
}
