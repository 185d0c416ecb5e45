package jp.kakanai.server.townpack;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.visit.IdempotencyKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The queue's town files (the ticket machine's purposes, the reservations) follow the town pack version in force
 * like every other file of the pack: a manager's switch changes the machine's buttons and what can be booked on
 * the running server, a version with a wrong queue file is refused naming file and line, and the previous
 * version brings the old ones back.
 */
class QueueFilesFollowThePackOverHttpTest extends ServerHttpTest {
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSwitchedVersionChangesTheTicketPurposesAndTheReservationsWithoutARestart() {
        HttpFixture manager = http().asManager();
        int original = json(manager.get("/api/town/versions")).get("inForce").asInt();
        assertThat(purposeIds()).containsExactly("consultation", "certificate", "other");
        try {
            byte[] edited = new PackUploads()
                    .edit("queue/ticket-purposes.json", t -> t.replace("\"ja\": \"相談\"", "\"ja\": \"よろず相談\"")
                            .replace("  \"purposes\": [\n", """
                                      "purposes": [
                                        {"id": "pension", "department": "hoken-nenkin",
                                         "name": {"ja": "年金", "en": "Pension"}, "hint": {"ja": "年金の手続", "en": "Pensions"}},
                                    """))
                    .edit("queue/reservations.json", t -> t.replace("\"kodomo\": 1}", "\"kodomo\": 1, \"zeimu\": 4}")
                            .replace("  \"items\": [\n", """
                                      "items": [
                                        {"id": "tax-certificate", "kind": "certificate", "department": "zeimu",
                                         "name": {"ja": "税の証明書", "en": "Tax certificates"}},
                                    """))
                    .zip();
            // As if 農林課 were new in this version: its queue lock row is made when the version comes in force.
            jdbc.sql("delete from queue_department_lock where department = 'norin'").update();
            var uploaded = manager.postBytes("/api/town/versions?note=queue%20files", "application/zip", edited);
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
            assertThat(jdbc.sql("select count(*) from queue_department_lock where department = 'norin'")
                    .query(Integer.class).single()).isOne();
            assertThat(jdbc.sql("select count(*) from reservation_lock where department = 'zeimu'")
                    .query(Integer.class).single()).as("税務課 takes reservations now: its booking lock").isOne();

            assertThat(purposeIds()).containsExactly("pension", "consultation", "certificate", "other");
            assertThat(json(http().get("/api/tickets/purposes")).get(1).get("name").get("ja").asText()).isEqualTo("よろず相談");
            var ticket = http().asKiosk().postJson("/api/tickets", "{\"purpose\": \"pension\"}", IdempotencyKey.HEADER,
                    UUID.randomUUID().toString());
            assertThat(ticket.statusCode()).as(ticket.body()).isEqualTo(201);
            assertThat(json(ticket).get("departmentName").asText()).isEqualTo("保険年金課");
            assertThat(json(ticket).get("purposeName").get("ja").asText()).isEqualTo("年金");

            assertThat(json(http().get("/api/reservations/items")).findValuesAsText("id")).first().isEqualTo("tax-certificate");
            JsonNode days = json(http().get("/api/reservations/slots?item=tax-certificate"));
            List<Integer> places = new ArrayList<>();
            days.forEach(day -> day.get("slots").forEach(slot -> places.add(slot.get("remaining").asInt())));
            assertThat(places).as("税務課 takes four residents per slot in the new version").isNotEmpty().containsOnly(4);
        } finally {
            var restored = manager.postJson("/api/town/versions/" + original + "/activate", "");
            assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        }
        assertThat(purposeIds()).containsExactly("consultation", "certificate", "other");
        var gone = http().get("/api/reservations/slots?item=tax-certificate");
        assertThat(gone.statusCode()).isEqualTo(400);
        assertThat(json(gone).get("field").asText()).isEqualTo("item");
        assertThat(http().asKiosk().postJson("/api/tickets", "{\"purpose\": \"pension\"}", IdempotencyKey.HEADER,
                UUID.randomUUID().toString()).statusCode()).isEqualTo(400);
    }

    @Test
    void aVersionWithWrongFilesIsRefusedListingEveryProblemByFileAndLineAndChangesNothing() {
        HttpFixture manager = http().asManager();
        int inForce = json(manager.get("/api/town/versions")).get("inForce").asInt();
        byte[] broken = new PackUploads()
                .edit("queue/ticket-purposes.json", t -> t.replace("\"department\": \"shimin\"", "\"department\": \"nowhere\""))
                .edit("queue/reservations.json", t -> t.replace("\"slotMinutes\": 30", "\"slotMinutes\": 25"))
                .edit("procedures.json", t -> t.replace("\"forms\": [\"dog-registration-change\"]", "\"forms\": [\"dog-register\"]"))
                .zip();

        var refused = manager.postBytes("/api/town/versions", "application/zip", broken);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        JsonNode problems = json(refused).get("problems");
        // one report: the library's files and the queue's together, by file and line (the sample's purposes all
        // name shimin, so each of the three is wrong)
        assertThat(problems.findValuesAsText("file")).containsExactly("procedures.json", "queue/reservations.json",
                "queue/ticket-purposes.json", "queue/ticket-purposes.json", "queue/ticket-purposes.json");
        assertThat(problems.findValuesAsText("message")).element(0).asString().startsWith("unknown form id 'dog-register'");
        assertThat(problems.get(1).get("message").asText()).isEqualTo("slotMinutes 25 neither divides an hour nor is whole hours");
        assertThat(problems.get(1).get("line").asInt()).isEqualTo(3);
        assertThat(problems.findValues("line")).extracting(JsonNode::asInt).allSatisfy(line -> assertThat(line).isPositive());
        assertThat(problems.get(2).get("message").asText()).startsWith("department 'nowhere' is no department of departments.json");
        assertThat(List.of(problems.get(2).get("line").asInt(), problems.get(3).get("line").asInt(),
                problems.get(4).get("line").asInt())).containsExactly(6, 12, 18);
        assertThat(json(manager.get("/api/town/versions")).get("inForce").asInt()).isEqualTo(inForce);
        assertThat(purposeIds()).containsExactly("consultation", "certificate", "other");
    }

    private List<String> purposeIds() {
        return json(http().get("/api/tickets/purposes")).findValuesAsText("id");
    }
}
