package jp.kakanai.server.kiosk;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.stream.StreamSupport;
import jp.kakanai.server.ServerHttpTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The manager's kiosk figures from the kiosks' session reports, over real HTTP: a day of its own in the past
 * (other tests' kiosks report today), the expected figures worked out by hand.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KioskFiguresOverHttpTest extends ServerHttpTest {
    private static final String DAY = "2025-02-03";

    @BeforeAll
    void sevenSessionsOnOneDay() {
        report("move-in", "ticket", 100, 9, 0);
        report("move-in", "ticket", 150, 12, 1);
        report("move-in", "ticket", 200, 14, 0);
        report("move-in", "added", 400, 20, 2);
        report("birth", "ticket", 90, 8, 0);
        abandoned("move-in", "questions", "idle");
        abandoned(null, "pin", "card-removed");
    }

    @Test
    void theManagerSeesTheMedianAndP90TimeToTheTicketPerLifeEventAndTheAbandonmentRate() {
        JsonNode figures = json(http().asManager().get("/api/manager/kiosk?from=" + DAY + "&to=" + DAY));

        assertThat(figures.get("goalSeconds").asLong()).isEqualTo(180);
        assertThat(figures.get("sessions").asInt()).isEqualTo(7);
        assertThat(figures.get("tickets").asInt()).isEqualTo(5);
        assertThat(figures.get("abandoned").asInt()).isEqualTo(2);
        assertThat(figures.get("abandonmentRate").asDouble()).isCloseTo(2.0 / 7, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(figures.get("sessionsWithWrongPin").asInt()).isEqualTo(2);
        JsonNode moveIn = byEvent(figures, "move-in");
        assertThat(moveIn.get("sessions").asInt()).isEqualTo(5);
        assertThat(moveIn.get("tickets").asInt()).isEqualTo(4);
        // 100, 150, 200, 400 s: nearest rank 2 of 4 and 4 of 4.
        assertThat(moveIn.get("medianSeconds").asLong()).isEqualTo(150);
        assertThat(moveIn.get("p90Seconds").asLong()).isEqualTo(400);
        assertThat(moveIn.get("withinGoal").asDouble()).isEqualTo(0.5);
        assertThat(moveIn.get("medianTaps").asLong()).isEqualTo(12);
        assertThat(moveIn.get("abandonmentRate").asDouble()).isEqualTo(0.2);
        assertThat(byEvent(figures, "birth").get("medianSeconds").asLong()).isEqualTo(90);
        assertThat(figures.get("abandonedAt")).extracting(c -> c.get("id").asText() + "=" + c.get("count").asInt())
                .containsExactlyInAnyOrder("questions=1", "pin=1");
    }

    @Test
    void aResentReportIsStoredOnce() {
        String id = UUID.randomUUID().toString();
        String body = body(id, "2025-02-04", "death", "ticket", 120L, 10, 0, "ticket", "resident");

        assertThat(http().asKiosk().postJson("/api/kiosk/sessions", body).statusCode()).isEqualTo(201);
        assertThat(http().asKiosk().postJson("/api/kiosk/sessions", body).statusCode()).isEqualTo(200);

        assertThat(json(http().asManager().get("/api/manager/kiosk?from=2025-02-04&to=2025-02-04")).get("sessions").asInt())
                .isEqualTo(1);
    }

    @Test
    void aReportAKioskCannotHaveMadeIsRefusedNamingTheField() {
        HttpResponse<String> ticketless = http().asKiosk().postJson("/api/kiosk/sessions",
                body(UUID.randomUUID().toString(), DAY, "birth", "ticket", null, 3, 0, "ticket", "resident"));
        HttpResponse<String> taps = http().asKiosk().postJson("/api/kiosk/sessions",
                body(UUID.randomUUID().toString(), DAY, "birth", "ticket", 30L, -2, 0, "ticket", "resident"));
        HttpResponse<String> outcome = http().asKiosk().postJson("/api/kiosk/sessions",
                body(UUID.randomUUID().toString(), DAY, "birth", "cake", 30L, 2, 0, "ticket", "resident"));

        assertThat(json(ticketless).get("field").asText()).isEqualTo("secondsToTicket");
        assertThat(json(taps).get("field").asText()).isEqualTo("taps");
        assertThat(json(outcome).get("field").asText()).isEqualTo("outcome");
    }

    @Test
    void onlyKiosksReportAndOnlyManagersReadTheFigures() {
        assertThat(http().asClerk().get("/api/manager/kiosk").statusCode()).isEqualTo(403);
        assertThat(http().asClerk().postJson("/api/kiosk/sessions",
                body(UUID.randomUUID().toString(), DAY, "birth", "ticket", 30L, 2, 0, "ticket", "resident")).statusCode())
                .isEqualTo(403);
    }

    private void report(String event, String outcome, long seconds, int taps, int wrongPins) {
        assertThat(http().asKiosk().postJson("/api/kiosk/sessions",
                body(UUID.randomUUID().toString(), DAY, event, outcome, seconds, taps, wrongPins, "ticket", "resident"))
                .statusCode()).isEqualTo(201);
    }

    private void abandoned(String event, String screen, String reason) {
        assertThat(http().asKiosk().postJson("/api/kiosk/sessions",
                body(UUID.randomUUID().toString(), DAY, event, "abandoned", null, 4, 0, screen, reason)).statusCode())
                .isEqualTo(201);
    }

    private static String body(String id, String day, String event, String outcome, Long seconds, int taps, int wrongPins,
                               String screen, String reason) {
        return "{\"id\":\"" + id + "\",\"startedAt\":\"" + day + "T01:00:00Z\",\"endedAt\":\"" + day + "T01:10:00Z\","
                + (seconds == null ? "" : "\"secondsToTicket\":" + seconds + ",")
                + "\"outcome\":\"" + outcome + "\",\"endReason\":\"" + reason + "\",\"lastScreen\":\"" + screen + "\","
                + (event == null ? "" : "\"lifeEvent\":\"" + event + "\",")
                + "\"language\":\"ja\",\"taps\":" + taps + ",\"keys\":0,\"wrongPins\":" + wrongPins + ",\"screens\":6}";
    }

    private static JsonNode byEvent(JsonNode figures, String event) {
        return StreamSupport.stream(figures.get("byLifeEvent").spliterator(), false)
                .filter(e -> event.equals(e.path("lifeEvent").asText(null))).findFirst().orElseThrow();
    }
}
