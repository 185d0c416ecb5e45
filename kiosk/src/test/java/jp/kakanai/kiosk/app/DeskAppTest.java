package jp.kakanai.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.smartcardio.TerminalFactory;
import jp.kakanai.kiosk.KioskJson;
import jp.kakanai.kiosk.card.emulated.DemoCards;
import jp.kakanai.kiosk.card.emulated.EmulatedMyNumberCard;
import jp.kakanai.kiosk.card.emulated.EmulatedReader;
import jp.kakanai.kiosk.card.emulated.EmulatedReaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The desk's card reader over real local HTTP, as the clerk's page on the server's origin uses it. */
class DeskAppTest {
    private static final String SERVER = "http://kakanai.town.local:8080";
    private final EmulatedReaders readers = new EmulatedReaders();
    private final EmulatedReader reader = readers.addReader("Desk reader");
    private final HttpClient http = HttpClient.newHttpClient();
    private DeskApp desk;

    @AfterEach
    void stop() {
        if (desk != null) {
            desk.close();
        }
    }

    private EmulatedMyNumberCard start(EmulatedMyNumberCard card) {
        reader.insert(card);
        TerminalFactory factory = readers.terminalFactory();
        desk = DeskApp.start(new DeskSettings(SERVER + "/staff/", 0, Optional.empty()), () -> factory, Optional.of(reader));
        return card;
    }

    private HttpResponse<String> send(String method, String path, String origin, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(desk.url() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return KioskJson.strict().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theServersPageReadsTheCardWithThePinAndGetsTheCorsHeader() {
        start(DemoCards.myNumberCard());

        var status = send("GET", "/api/card/status", SERVER, null);
        var tries = send("GET", "/api/card/tries", SERVER, null);
        var read = send("POST", "/api/card/read", SERVER, "{\"pin\":\"1234\"}");

        assertThat(json(status).get("cardPresent").asBoolean()).isTrue();
        assertThat(status.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SERVER);
        assertThat(json(tries).get("triesLeft").asInt()).isEqualTo(3);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SERVER);
        assertThat(read.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode answer = json(read);
        assertThat(answer.get("outcome").asText()).isEqualTo("read");
        assertThat(answer.at("/resident/name").asText()).isEqualTo(DemoCards.RESIDENT.name());
        assertThat(answer.at("/resident/birthDate").asText()).isEqualTo("1989-01-07");
        assertThat(read.body()).doesNotContain(DemoCards.MY_NUMBER);
    }

    @Test
    void thePreflightOfTheServersPageIsAnsweredIncludingThePrivateNetworkCheck() {
        start(DemoCards.myNumberCard());
        HttpRequest preflight = HttpRequest.newBuilder(URI.create(desk.url() + "/api/card/read"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", SERVER).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .header("Access-Control-Request-Private-Network", "true").build();

        HttpResponse<String> response;
        try {
            response = http.send(preflight, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SERVER);
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, POST");
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers")).hasValue("Content-Type");
        assertThat(response.headers().firstValue("Access-Control-Allow-Private-Network")).hasValue("true");
    }

    @Test
    void aPageOfAnotherOriginIsRefusedAndSpendsNoTry() {
        EmulatedMyNumberCard card = start(DemoCards.myNumberCard());

        var read = send("POST", "/api/card/read", "http://evil.example", "{\"pin\":\"0000\"}");
        var preflight = send("OPTIONS", "/api/card/read", "http://kakanai.town.local:8081", null);

        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(json(read).get("error").asText()).contains(SERVER);
        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(card.triesLeft()).isEqualTo(3);
    }

    @Test
    void theLastTryIsNeverSpentAtTheDeskEither() {
        EmulatedMyNumberCard card = start(EmulatedMyNumberCard.builder().triesLeft(2).build());

        JsonNode wrong = json(send("POST", "/api/card/read", SERVER, "{\"pin\":\"9999\"}"));
        JsonNode tries = json(send("GET", "/api/card/tries", SERVER, null));
        JsonNode right = json(send("POST", "/api/card/read", SERVER, "{\"pin\":\"1234\"}"));

        assertThat(wrong.get("outcome").asText()).isEqualTo("wrong-pin");
        assertThat(wrong.get("triesLeft").asInt()).isEqualTo(1);
        assertThat(tries.get("outcome").asText()).isEqualTo("one-try-left");
        assertThat(right.get("outcome").asText()).as("not verified, even with the right PIN").isEqualTo("one-try-left");
        assertThat(right.has("resident")).isFalse();
        assertThat(card.triesLeft()).isEqualTo(1);
    }

    @Test
    void noCardAndAMalformedPinAreAnsweredPlainly() {
        start(DemoCards.myNumberCard());
        reader.remove();

        assertThat(json(send("GET", "/api/card/status", SERVER, null)).get("cardPresent").asBoolean()).isFalse();
        assertThat(json(send("GET", "/api/card/tries", SERVER, null)).get("outcome").asText()).isEqualTo("no-card");
        var missing = send("POST", "/api/card/read", SERVER, "{}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing).get("field").asText()).isEqualTo("pin");
    }

    @Test
    void aForeignHostHeaderIsRefused() throws IOException {
        start(DemoCards.myNumberCard());
        try (Socket socket = new Socket("127.0.0.1", desk.url().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/card/status HTTP/1.1\r\nHost: rebound.example:" + desk.url().getPort()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().findFirst().orElse("");
            assertThat(statusLine).contains(" 403 ");
        }
    }
}
