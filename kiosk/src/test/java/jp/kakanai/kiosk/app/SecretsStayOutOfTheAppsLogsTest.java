package jp.kakanai.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javax.smartcardio.TerminalFactory;
import jp.kakanai.kiosk.CapturedOutput;
import jp.kakanai.kiosk.card.emulated.EmulatedMyNumberCard;
import jp.kakanai.kiosk.card.emulated.EmulatedReader;
import jp.kakanai.kiosk.card.emulated.EmulatedReaders;
import jp.kakanai.kiosk.checkin.RecordingServer;
import org.junit.jupiter.api.Test;

/**
 * The kiosk app with every log level on and stdout/stderr captured: a PIN read, a wrong PIN, the My Number
 * read, bad JSON with a PIN in it, a check-in the server refuses, one it accepts, and the answers sent
 * after it that fail. The capture holds neither the PIN (as JSON, text or APDU hex) nor the My Number.
 */
class SecretsStayOutOfTheAppsLogsTest {
    private static final String PIN = "8264";
    private static final String MY_NUMBER = "987654321093";
    private static final String ROUTE = "{\"items\":[{\"procedureId\":\"nhi-enroll\",\"name\":{\"ja\":\"国保\"},"
            + "\"forms\":[\"nhi-enroll\"],\"myNumberForms\":[\"nhi-enroll\"],\"certainty\":\"needed\"}],\"departments\":[],\"openQuestions\":[]}";

    @Test
    void neitherThePinNorTheMyNumberReachAnyOutput() throws Exception {
        String log = CapturedOutput.of(capture -> runEverything());

        assertThat(log).as("something was logged at all").isNotBlank();
        String pinHex = HexFormat.of().withUpperCase().formatHex(PIN.getBytes(StandardCharsets.US_ASCII));
        assertThat(log).doesNotContain("\"pin\":\"" + PIN, "pin=" + PIN, pinHex, pinHex.toLowerCase(),
                MY_NUMBER, "3938373635343332313039");
    }

    private void runEverything() throws IOException, InterruptedException {
        try (RecordingServer server = new RecordingServer()) {
            server.answer(RecordingServer.NAVIGATION, 200, ROUTE);
            server.answer(RecordingServer.FACTS, 503, "{\"error\":\"down\"}");
            EmulatedReaders readers = new EmulatedReaders();
            EmulatedReader reader = readers.addReader("Kiosk reader");
            reader.insert(EmulatedMyNumberCard.builder().pin(PIN).myNumber(MY_NUMBER).build());
            TerminalFactory factory = readers.terminalFactory();
            try (KioskApp kiosk = KioskApp.start(KioskSettings.of(server.uri(), "token").withPort(0)
                    .withIdleTimeout(Duration.ofSeconds(60)), () -> factory, Optional.of(reader))) {
                HttpClient http = HttpClient.newHttpClient();
                send(http, kiosk, "POST", "api/card/read", "{\"pin\":\"1111\"}");
                send(http, kiosk, "POST", "api/card/read", "{\"pin\":\"" + PIN + "\"");
                send(http, kiosk, "POST", "api/card/read", "{\"pin\":\"" + PIN + "\",\"x\":1}");
                send(http, kiosk, "POST", "api/card/read", "{\"pin\":\"" + PIN + "\"}");
                send(http, kiosk, "PUT", "api/visit/life-event", "{\"lifeEvent\":\"move-in\"}");
                send(http, kiosk, "PUT", "api/visit/answers/dog", "{\"value\":\"no\"}");
                send(http, kiosk, "POST", "api/card/my-number", "{\"pin\":\"" + PIN + "\"}");
                // Refused naming the number (a pack switched meanwhile): sent again without it, refused again.
                server.answer(422, "{\"error\":\"refused\",\"field\":\"myNumber\"}");
                send(http, kiosk, "POST", "api/visit/check-in", null);
                server.answer(201, "{\"visitId\":\"v-1\",\"ticketNumber\":\"A-001\"}");
                send(http, kiosk, "POST", "api/visit/check-in", null);
                assertThat(server.received(RecordingServer.CHECK_IN)).extracting(r -> r.body().contains(MY_NUMBER))
                        .as("the number went to the server once, then the check-in without it").containsExactly(true, false, false);
                send(http, kiosk, "GET", "api/state", null);
            }
        }
    }

    private static void send(HttpClient http, KioskApp kiosk, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(kiosk.url() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
