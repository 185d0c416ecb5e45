package jp.kakanai.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import javax.smartcardio.TerminalFactory;
import jp.kakanai.kiosk.KioskJson;
import jp.kakanai.kiosk.card.emulated.EmulatedMyNumberCard;
import jp.kakanai.kiosk.card.emulated.EmulatedReader;
import jp.kakanai.kiosk.card.emulated.EmulatedReaders;

/**
 * A kiosk app on a free local port with an emulated reader, driven over real HTTP as its page drives it:
 * {@code send} answers the status and the JSON body, {@code await} polls {@code /api/state}.
 */
final class LocalKiosk implements AutoCloseable {
    private final HttpClient http = HttpClient.newHttpClient();
    private final EmulatedReader reader;
    private final KioskApp app;

    private LocalKiosk(EmulatedReader reader, KioskApp app) {
        this.reader = reader;
        this.app = app;
    }

    /** A kiosk a test started itself, driven the same way. */
    static LocalKiosk of(KioskApp app, EmulatedReader reader) {
        return new LocalKiosk(reader, app);
    }

    /** A kiosk in front of {@code server} with {@code card} on its reader. */
    static LocalKiosk start(URI server, EmulatedMyNumberCard card, Duration idle) {
        EmulatedReaders readers = new EmulatedReaders();
        EmulatedReader reader = readers.addReader("Kiosk reader");
        reader.insert(card);
        TerminalFactory factory = readers.terminalFactory();
        KioskApp app = KioskApp.start(KioskSettings.of(server, "token-1").withPort(0).withIdleTimeout(idle),
                () -> factory, Optional.of(reader));
        return new LocalKiosk(reader, app);
    }

    EmulatedReader reader() {
        return reader;
    }

    KioskApp app() {
        return app;
    }

    record Reply(int status, JsonNode body) {
    }

    Reply send(String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.url() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body().isEmpty() ? null : KioskJson.tolerant().readTree(r.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode get(String path) {
        Reply r = send("GET", path, null);
        assertThat(r.status()).as(path).isEqualTo(200);
        return r.body();
    }

    /** Reads the card with the PIN and chooses the life event, as the page does. */
    void readAndChoose(String pin, String lifeEvent) {
        assertThat(send("POST", "api/card/read", "{\"pin\":\"" + pin + "\"}").body().get("outcome").asText()).isEqualTo("read");
        assertThat(send("PUT", "api/visit/life-event", "{\"lifeEvent\":\"" + lifeEvent + "\"}").status()).isEqualTo(200);
    }

    /** Polls {@code /api/state} until the condition holds (10 s at most). */
    JsonNode await(Predicate<JsonNode> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode state = get("api/state");
        while (!condition.test(state)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("state never reached the condition; last: " + state);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            state = get("api/state");
        }
        return state;
    }

    /** Closes the kiosk app (a wrapped app is the test's to close). */
    @Override
    public void close() {
        app.close();
    }
}
