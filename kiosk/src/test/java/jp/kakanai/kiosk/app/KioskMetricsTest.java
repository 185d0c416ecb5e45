package jp.kakanai.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import jp.kakanai.kiosk.KioskJson;
import jp.kakanai.kiosk.card.emulated.DemoCards;
import jp.kakanai.kiosk.checkin.RecordingServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The manager's kiosk figures: each session's report reaches the server, with no personal data in it. */
class KioskMetricsTest {
    private final RecordingServer server = new RecordingServer();
    private LocalKiosk kiosk;

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
        server.close();
    }

    @Test
    void aSessionToTheTicketIsReportedWithItsTapsAndWrongPinsAndNothingAboutTheResident() throws Exception {
        kiosk = LocalKiosk.start(server.uri(), DemoCards.myNumberCard(), Duration.ofSeconds(60));
        screen("pin", 0);
        kiosk.send("POST", "api/card/read", "{\"pin\":\"9999\"}");
        kiosk.readAndChoose(DemoCards.PIN, "move-in");
        screen("questions", 4);
        kiosk.send("POST", "api/visit/check-in", null);
        screen("ticket", 7);

        kiosk.send("POST", "api/reset", null);

        RecordingServer.Received sent = awaitReport();
        JsonNode report = KioskJson.tolerant().readTree(sent.body());
        assertThat(report.get("outcome").asText()).isEqualTo("ticket");
        assertThat(report.get("lifeEvent").asText()).isEqualTo("move-in");
        assertThat(report.get("language").asText()).isEqualTo("en");
        assertThat(report.get("taps").asInt()).isEqualTo(7);
        assertThat(report.get("wrongPins").asInt()).isEqualTo(1);
        assertThat(report.get("secondsToTicket").asLong()).isBetween(0L, 30L);
        assertThat(sent.authorization()).isEqualTo("Bearer token-1");
        assertThat(sent.body()).doesNotContain(DemoCards.RESIDENT.name(), "1989", DemoCards.MY_NUMBER, DemoCards.PIN);
    }

    @Test
    void theScreenReportsAreCheckedLikeEveryLocalRequest() {
        kiosk = LocalKiosk.start(server.uri(), DemoCards.myNumberCard(), Duration.ofSeconds(60));

        LocalKiosk.Reply badScreen = kiosk.send("POST", "api/metrics/screen", "{\"screen\":\"<x>\",\"language\":\"en\",\"taps\":1,\"keys\":0}");
        LocalKiosk.Reply badTaps = kiosk.send("POST", "api/metrics/screen", "{\"screen\":\"pin\",\"language\":\"en\",\"taps\":-1,\"keys\":0}");

        assertThat(badScreen.status()).isEqualTo(400);
        assertThat(badScreen.body().get("field").asText()).isEqualTo("screen");
        assertThat(badTaps.body().get("field").asText()).isEqualTo("taps");
    }

    private void screen(String name, int taps) {
        assertThat(kiosk.send("POST", "api/metrics/screen",
                "{\"screen\":\"" + name + "\",\"language\":\"en\",\"taps\":" + taps + ",\"keys\":0}").status()).isEqualTo(204);
    }

    private RecordingServer.Received awaitReport() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (server.received(RecordingServer.SESSIONS).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no session report reached the server");
            }
            Thread.sleep(50);
        }
        return server.received(RecordingServer.SESSIONS).get(0);
    }
}
