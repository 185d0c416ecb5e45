package jp.kakanai.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.smartcardio.TerminalFactory;
import jp.kakanai.forms.homeqr.HomeQrCodec;
import jp.kakanai.forms.homeqr.HomeQrMember;
import jp.kakanai.forms.homeqr.HomeQrPayload;
import jp.kakanai.forms.homeqr.HomeQrSymbol;
import jp.kakanai.forms.navigation.Answers;
import jp.kakanai.forms.navigation.Relationship;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.resident.Sex;
import jp.kakanai.kiosk.KioskJson;
import jp.kakanai.kiosk.card.emulated.EmulatedReader;
import jp.kakanai.kiosk.card.emulated.EmulatedReaders;
import jp.kakanai.kiosk.checkin.RecordingServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A home-prepared QR code at the kiosk app, over its local HTTP API, with no card in the reader: the code's
 * resident, life event, answers and household carry the visit to the ticket, as a card reading would.
 */
class HomeQrAtTheKioskTest {
    private final RecordingServer server = new RecordingServer();
    private final EmulatedReaders readers = new EmulatedReaders();
    private final EmulatedReader reader = readers.addReader("Kiosk reader");
    private final HttpClient http = HttpClient.newHttpClient();
    private KioskApp kiosk;

    @BeforeEach
    void start() {
        TerminalFactory factory = readers.terminalFactory();
        kiosk = KioskApp.start(KioskSettings.of(server.uri(), "token-1").withPort(0).withIdleTimeout(Duration.ofSeconds(60)),
                () -> factory, Optional.of(reader));
    }

    @AfterEach
    void stop() {
        kiosk.close();
        server.close();
    }

    private static HomeQrPayload madeAtHome(Instant when) {
        return HomeQrPayload.issue("move-in",
                new BasicFourInfo("𠮷田 花子", "東京都千代田区千代田1-1", LocalDate.of(1989, 1, 8), Sex.FEMALE),
                Optional.of("ヨシダ ハナコ"), Answers.of("health-insurance", "national", "dog", "no"),
                Optional.of(List.of(HomeQrMember.of(Relationship.CHILD, LocalDate.of(2019, 5, 1)))),
                when, Duration.ofDays(14));
    }

    @Test
    void aScannedCodeTakesTheResidentToATicketWithTheAnswersGivenAtHome() throws Exception {
        JsonNode state = get("api/state");
        assertThat(state.get("qr").asBoolean()).as("the page shows the QR button").isTrue();

        JsonNode read = post("api/qr/text", "application/json",
                KioskJson.strict().writeValueAsString(Map.of("text", HomeQrCodec.encode(madeAtHome(Instant.now())) + "\r\n")));

        assertThat(read.get("status").asText()).isEqualTo("READ");
        state = get("api/state");
        assertThat(state.at("/resident/name").asText()).isEqualTo("𠮷田 花子");
        assertThat(state.at("/resident/cardType").asText()).isEqualTo("home-qr");
        assertThat(state.at("/resident/birthDateWareki").asText()).isEqualTo("平成元年1月8日");
        assertThat(state.get("lifeEvent").asText()).isEqualTo("move-in");

        JsonNode ticket = post("api/visit/check-in", null, null);

        assertThat(ticket.get("outcome").asText()).as(ticket.toString()).isEqualTo("accepted");
        assertThat(ticket.get("ticketNumber").asText()).isEqualTo("A-001");
        JsonNode navigation = KioskJson.tolerant().readTree(server.received(RecordingServer.NAVIGATION).get(0).body());
        assertThat(navigation.at("/resident/birthDate").asText()).isEqualTo("1989-01-08");
        assertThat(navigation.at("/resident/myNumberCardRead").asBoolean()).as("no card was read").isFalse();
        assertThat(navigation.at("/answers/health-insurance").asText()).isEqualTo("national");
        assertThat(navigation.at("/household/0/relationship").asText()).isEqualTo("child");
        assertThat(server.received(RecordingServer.CHECK_IN)).hasSize(1);
        JsonNode checkIn = KioskJson.tolerant().readTree(server.received(RecordingServer.CHECK_IN).get(0).body());
        assertThat(checkIn.at("/resident/name").asText()).isEqualTo("𠮷田 花子");
        assertThat(checkIn.get("lifeEvent").asText()).isEqualTo("move-in");
        assertThat(kiosk.session().homeQr()).as("dropped once the ticket is out").isEmpty();
    }

    @Test
    void aCameraFrameWorksTheSameWay() throws Exception {
        byte[] png = HomeQrSymbol.of(HomeQrCodec.encode(madeAtHome(Instant.now()))).png(6);

        JsonNode read = post("api/qr/image", "image/png", png);

        assertThat(read.get("status").asText()).isEqualTo("READ");
        assertThat(get("api/state").at("/resident/address").asText()).isEqualTo("東京都千代田区千代田1-1");
    }

    @Test
    void anExpiredCodeLeavesTheKioskAsItWas() throws Exception {
        String expired = HomeQrCodec.encode(madeAtHome(Instant.now().minus(Duration.ofDays(15))));

        JsonNode answer = post("api/qr/text", "application/json", "{\"text\": \"" + expired + "\"}");

        assertThat(answer.get("status").asText()).isEqualTo("REJECTED");
        assertThat(answer.get("reason").asText()).isEqualTo("EXPIRED");
        assertThat(get("api/state").has("resident")).isFalse();
        assertThat(kiosk.session().homeQr()).isEmpty();
    }

    @Test
    void resettingForgetsTheCode() throws Exception {
        post("api/qr/text", "application/json", "{\"text\": \"" + HomeQrCodec.encode(madeAtHome(Instant.now())) + "\"}");

        post("api/reset", null, null);

        assertThat(kiosk.session().homeQr()).isEmpty();
        assertThat(kiosk.session().visit().answers()).isEmpty();
        assertThat(get("api/state").has("resident")).isFalse();
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(kiosk.url() + path)).GET());
    }

    private JsonNode post(String path, String type, Object body) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : body instanceof byte[] bytes ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                : HttpRequest.BodyPublishers.ofString((String) body, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(kiosk.url() + path)).POST(publisher);
        if (type != null) {
            request.header("Content-Type", type);
        }
        return send(request);
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return KioskJson.tolerant().readTree(response.body());
    }
}
