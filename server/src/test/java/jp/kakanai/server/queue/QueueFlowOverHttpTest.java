package jp.kakanai.server.queue;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.checklist.ChecklistFixture;
import jp.kakanai.server.visit.CheckInFixture;
import org.junit.jupiter.api.Test;

/** A resident's way through the counters over real HTTP, and what the board and the managers see. */
class QueueFlowOverHttpTest extends ServerHttpTest {
    private static final Map<String, String> DESK = Map.of("counter", "5番窓口");

    @Test
    void calledNoShowRecalledServedAndClosed() {
        // 環境衛生課 (kankyo): only this test queues there, so "call next" must call this resident.
        var receipt = checkIn(List.of("dog-registration-change"));
        String visit = receipt.get("visitId").asText();
        assertThat(receipt.get("ticketNumber").asText()).startsWith("F-");
        HttpFixture clerk = http().asClerk();

        var called = clerk.postJson("/api/queue/kankyo/call-next", DESK);
        assertThat(called.statusCode()).as(called.body()).isEqualTo(200);
        assertThat(json(called).get("visitId").asText()).isEqualTo(visit);
        assertThat(json(called).get("status").asText()).isEqualTo("CALLED");

        JsonNode board = kankyoOnBoard();
        assertThat(board.get("called").findValuesAsText("ticketNumber")).contains(receipt.get("ticketNumber").asText());
        assertThat(board.toString()).doesNotContain("書可");

        assertThat(step(clerk, visit, "no-show").get("status").asText()).isEqualTo("NO_SHOW");
        assertThat(step(clerk, visit, "recall").get("status").asText()).isEqualTo("CALLED");
        assertThat(step(clerk, visit, "start").get("status").asText()).isEqualTo("SERVING");
        // The move-in's other procedures (転入届, …) are settled: this visit is about the dog alone.
        ChecklistFixture.keepOnly(clerk, visit, Set.of("dog-registration-change"));
        assertThat(clerk.postJson("/api/queue/visits/" + visit + "/procedures/dog-registration-change/done", DESK)
                .statusCode()).isEqualTo(200);
        assertThat(clerk.postJson("/api/queue/visits/" + visit + "/finish", DESK).statusCode()).isEqualTo(204);

        assertThat(clerk.postJson("/api/queue/kankyo/call-next", DESK).statusCode()).isEqualTo(204);
        assertThat(clerk.postJson("/api/queue/visits/" + visit + "/start", DESK).statusCode())
                .as("a closed visit cannot be served again").isEqualTo(409);
    }

    @Test
    void stepWithoutCounterIsRefusedNamingTheField() {
        String visit = checkIn(List.of("resident-move-in")).get("visitId").asText();
        var refused = http().asClerk().postJson("/api/queue/visits/" + visit + "/start", Map.of("counter", " "));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("field").asText()).isEqualTo("counter");
    }

    @Test
    void managersSeeLiveFiguresAndTheReportClerksDoNot() {
        checkIn(List.of("resident-move-in"));
        var live = http().asManager().get("/api/manager/live");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(json(live).findValuesAsText("department")).contains("shimin", "hoken-nenkin");

        var report = http().asManager().get("/api/manager/report");
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        assertThat(json(report).get("arrivals").asInt()).isPositive();
        var csv = http().asManager().get("/api/manager/report.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains(ReportCsv.HEADER);

        assertThat(http().asClerk().get("/api/manager/report").statusCode()).isEqualTo(403);
        assertThat(http().asManager().get("/api/manager/report?from=2026-02-30").statusCode()).isEqualTo(400);
    }

    @Test
    void boardIsPublic() {
        assertThat(http().get("/api/board").statusCode()).isEqualTo(200);
        assertThat(http().get("/board/").statusCode()).isEqualTo(200);
    }

    private JsonNode kankyoOnBoard() {
        for (JsonNode department : json(http().get("/api/board"))) {
            if (department.get("department").asText().equals("kankyo")) {
                return department;
            }
        }
        throw new AssertionError("no kankyo on the board");
    }

    private static JsonNode step(HttpFixture clerk, String visit, String action) {
        var response = clerk.postJson("/api/queue/visits/" + visit + "/" + action, DESK);
        assertThat(response.statusCode()).as(action + ": " + response.body()).isEqualTo(200);
        return json(response);
    }

    private JsonNode checkIn(List<String> procedures) {
        CheckIn checkIn = new CheckIn(CheckInFixture.resident(), "move-in", procedures);
        var created = http().asKiosk().postJson("/api/visits", CheckInFixture.json(checkIn));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created);
    }
}
