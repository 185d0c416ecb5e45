package jp.kakanai.forms.pack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kakanai.forms.json.JsonReading;
import jp.kakanai.forms.json.LocatedJson;

/**
 * Reads {@code queue/ticket-purposes.json}: at least one button; each with a stable id (1–32 characters, it goes
 * into the ticket machine's requests), the department whose queue its ticket joins, and a name and a hint in
 * Japanese and English.
 */
final class TicketPurposesReader {
    private final JsonReading reading;
    private final Set<String> departments;

    TicketPurposesReader(JsonReading reading, Set<String> departments) {
        this.reading = reading;
        this.departments = departments;
    }

    List<TicketPurpose> read(LocatedJson.Obj root) {
        reading.checkProperties(root, Set.of("_comment", "purposes"), QueueFiles.TICKET_PURPOSES);
        List<TicketPurpose> purposes = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        reading.eachObject(root, "purposes", "a purpose", node -> purpose(node, seen).ifPresent(purposes::add));
        LocatedJson list = root.get("purposes").orElse(null);
        if (list == null || list instanceof LocatedJson.Arr arr && arr.items().isEmpty()) {
            reading.problem(root.lineOf("purposes"), "'purposes' must list at least one button of the ticket machine");
        }
        return purposes;
    }

    private Optional<TicketPurpose> purpose(LocatedJson.Obj node, Map<String, Integer> seen) {
        reading.checkProperties(node, Set.of("id", "department", "name", "hint"), "a purpose");
        Optional<String> id = reading.id(node, "id").filter(i -> shortEnough(i, node)).filter(i -> reading.unique("purpose", i, node, seen));
        if (!node.has("id")) {
            reading.problem(node, "missing 'id'");
        }
        boolean department = QueueFiles.department(reading, node, "department", departments);
        Map<String, String> name = QueueFiles.jaAndEn(reading, node, "name");
        Map<String, String> hint = QueueFiles.jaAndEn(reading, node, "hint");
        if (id.isEmpty() || !department) {
            return Optional.empty();
        }
        return Optional.of(new TicketPurpose(id.get(), reading.string(node, "department").orElseThrow(), name, hint));
    }

    private boolean shortEnough(String id, LocatedJson.Obj node) {
        if (id.length() > 32) {
            reading.problem(node.lineOf("id"), "id '" + id + "' is longer than 32 characters");
            return false;
        }
        return true;
    }
}
