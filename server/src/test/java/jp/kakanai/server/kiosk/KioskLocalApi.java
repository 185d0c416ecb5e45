package jp.kakanai.server.kiosk;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jp.kakanai.kiosk.app.KioskApp;
import jp.kakanai.kiosk.card.emulated.ApduCard;
import jp.kakanai.kiosk.card.emulated.DemoCards;
import jp.kakanai.kiosk.card.emulated.EmulatedReader;
import jp.kakanai.server.HttpFixture;

/** A real kiosk's local API driven as its touch page drives it, with the emulated reader the test holds. */
final class KioskLocalApi {
    private final HttpFixture page;
    private final EmulatedReader reader;

    KioskLocalApi(KioskApp kiosk, EmulatedReader reader) {
        this.page = new HttpFixture(DemoKiosk.base(kiosk));
        this.reader = reader;
    }

    HttpFixture page() {
        return page;
    }

    /** The card on the reader read with the demo PIN, then the life event chosen. */
    void readCardAndChoose(String lifeEvent) {
        JsonNode read = json(page.postJson("/api/card/read", "{\"pin\":\"" + DemoCards.PIN + "\"}"));
        assertThat(read.get("outcome").asText()).as(read.toString()).isEqualTo("read");
        assertThat(page.sendJson("PUT", "/api/visit/life-event", "{\"lifeEvent\":\"" + lifeEvent + "\"}").statusCode())
                .isEqualTo(200);
    }

    /** The check-in's answer; the demo resident may have a visit that day already (another test): then one of its own. */
    JsonNode checkIn() {
        JsonNode checkIn = json(page.postJson("/api/visit/check-in", ""));
        return checkIn.get("outcome").asText().equals("repeat")
                ? json(page.postJson("/api/visit/check-in?repeat=separate", "")) : checkIn;
    }

    /** The next resident: the card on the reader taken off, then {@code card} put on, the kiosk seeing both. */
    void nextResident(ApduCard card) {
        reader.remove();
        awaitCard(false);
        reader.insert(card);
        awaitCard(true);
    }

    private void awaitCard(boolean present) {
        long until = System.nanoTime() + 10_000_000_000L;
        while (json(page.get("/api/state")).path("cardPresent").asBoolean() != present
                || json(page.get("/api/state")).path("takeCard").asBoolean()) {
            assertThat(System.nanoTime()).as("the kiosk sees the card " + (present ? "put" : "taken")).isLessThan(until);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
