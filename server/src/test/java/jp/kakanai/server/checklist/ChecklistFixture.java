package jp.kakanai.server.checklist;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.kakanai.server.HttpFixture;

/** A visit's checklist driven over HTTP as a clerk would, for tests of what depends on it. */
public final class ChecklistFixture {
    private ChecklistFixture() {
    }

    public static JsonNode checklist(HttpFixture clerk, String visitId) {
        var response = clerk.get("/api/visits/" + visitId + "/checklist");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    public static List<JsonNode> items(JsonNode checklist) {
        List<JsonNode> items = new ArrayList<>();
        checklist.get("departments").forEach(department -> department.get("items").forEach(items::add));
        return items;
    }

    public static JsonNode item(HttpFixture clerk, String visitId, String itemId) {
        return items(checklist(clerk, visitId)).stream().filter(i -> i.get("id").asText().equals(itemId))
                .findFirst().orElseThrow(() -> new AssertionError("no " + itemId + " on the checklist"));
    }

    /** Sets one item's status as the checklist page does; done or not needed (with a reason). */
    public static void setStatus(HttpFixture clerk, String visitId, String itemId, String status) {
        int version = item(clerk, visitId, itemId).get("version").asInt();
        String reason = status.equals("not-needed") ? ", \"notNeededReason\": \"窓口で確認済み\"" : "";
        var response = clerk.sendJson("PATCH", "/api/visits/" + visitId + "/checklist/items/" + itemId,
                "{\"version\": " + version + ", \"status\": \"" + status + "\"" + reason + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** Marks every open item not needed except those kept, so a test knows the visit's whole route. */
    public static void keepOnly(HttpFixture clerk, String visitId, Set<String> kept) {
        for (JsonNode item : items(checklist(clerk, visitId))) {
            String id = item.get("id").asText();
            if (!kept.contains(id) && item.get("status").asText().equals("todo")) {
                setStatus(clerk, visitId, id, "not-needed");
            }
        }
    }
}
