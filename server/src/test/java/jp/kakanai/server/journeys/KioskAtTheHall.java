package jp.kakanai.server.journeys;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import javax.smartcardio.TerminalFactory;
import jp.kakanai.kiosk.app.KioskApp;
import jp.kakanai.kiosk.app.KioskSettings;
import jp.kakanai.kiosk.card.emulated.DemoCards;
import jp.kakanai.kiosk.card.emulated.EmulatedReader;
import jp.kakanai.kiosk.card.emulated.EmulatedReaders;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.demo.DemoCredentials;

/**
 * A real kiosk app in this process, with the demo resident's emulated My Number Card in its reader, driven through
 * its local HTTP API as its touch pages drive it; it checks in at the test's server with the demo device token.
 */
final class KioskAtTheHall implements AutoCloseable {
    private final KioskApp kiosk;
    private final HttpFixture page;

    KioskAtTheHall(int serverPort) {
        EmulatedReaders readers = new EmulatedReaders();
        EmulatedReader reader = readers.addReader("Kiosk reader");
        reader.insert(DemoCards.myNumberCard());
        TerminalFactory factory = readers.terminalFactory();
        kiosk = KioskApp.start(KioskSettings.of(URI.create("http://localhost:" + serverPort), DemoCredentials.KIOSK_TOKEN)
                .withPort(0), () -> factory, Optional.of(reader));
        page = new HttpFixture(kiosk.url().toString().replaceAll("/$", ""));
    }

    void readTheCard() {
        JsonNode read = json(page.postJson("/api/card/read", "{\"pin\":\"" + DemoCards.PIN + "\"}"));
        assertThat(read.get("outcome").asText()).as(read.toString()).isEqualTo("read");
    }

    /** What a wedge scanner types for a home QR code (its text and a line end). */
    void scanHomeQr(String text) {
        JsonNode scan = json(page.postJson("/api/qr/text", CounterJourneys.toJson(Map.of("text", text + "\r\n"))));
        assertThat(scan.get("status").asText()).as(scan.toString()).isEqualTo("READ");
    }

    void chooseLifeEvent(String event) {
        assertThat(page.sendJson("PUT", "/api/visit/life-event", "{\"lifeEvent\":\"" + event + "\"}").statusCode())
                .isEqualTo(200);
    }

    /**
     * Answers the route's questions one by one, as the resident taps them: the household with {@code household} (the
     * local API's body), every other question from {@code answers}; a question not in them fails the test.
     */
    void answerEveryQuestion(Map<String, String> answers, Object household) {
        for (int asked = 0; asked < 30; asked++) {
            JsonNode route = json(page.get("/api/visit/route"));
            assertThat(route.get("outcome").asText()).as(route.toString()).isEqualTo("answered");
            JsonNode next = route.get("next");
            if (next == null || next.isNull()) {
                return;
            }
            String id = next.get("id").asText();
            JsonNode answered;
            if ("household".equals(id)) {
                answered = json(page.sendJson("PUT", "/api/visit/household", CounterJourneys.toJson(household)));
            } else {
                assertThat(answers).as("the kiosk asked '" + id + "'").containsKey(id);
                answered = json(page.sendJson("PUT", "/api/visit/answers/" + id,
                        CounterJourneys.toJson(Map.of("value", answers.get(id)))));
            }
            assertThat(answered.path("outcome").asText()).as(answered.toString()).isEqualTo("answered");
        }
        throw new AssertionError("the kiosk kept asking");
    }

    JsonNode pickTheMove(Object move) {
        JsonNode answer = json(page.sendJson("PUT", "/api/visit/move", CounterJourneys.toJson(move)));
        assertThat(answer.get("outcome").asText()).as(answer.toString()).isEqualTo("accepted");
        return answer;
    }

    /** Checks in; the ticket number. */
    String checkIn() {
        JsonNode checkIn = json(page.postJson("/api/visit/check-in", ""));
        if (checkIn.get("outcome").asText().equals("repeat")) {
            // The demo resident checked in earlier today (another journey): this journey is a visit of its own.
            checkIn = json(page.postJson("/api/visit/check-in?repeat=separate", ""));
        }
        assertThat(checkIn.get("outcome").asText()).as(checkIn.toString()).isEqualTo("accepted");
        return checkIn.get("ticketNumber").asText();
    }

    @Override
    public void close() {
        kiosk.close();
    }
}
