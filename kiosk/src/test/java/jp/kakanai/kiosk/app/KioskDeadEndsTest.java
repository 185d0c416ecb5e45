package jp.kakanai.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import jp.kakanai.kiosk.card.emulated.DemoCards;
import jp.kakanai.kiosk.card.emulated.EmulatedMyNumberCard;
import jp.kakanai.kiosk.checkin.RecordingServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * No dead ends at the kiosk: a resident it cannot check in gets a ticket to the staff desk, and a card left
 * on the reader after the end is asked for before the next resident can use the kiosk.
 */
class KioskDeadEndsTest {
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
    void withOneTryLeftTheResidentGetsATicketToTheStaffDeskAndThePinIsNeverTried() {
        EmulatedMyNumberCard card = EmulatedMyNumberCard.builder().triesLeft(1).build();
        kiosk = LocalKiosk.start(server.uri(), card, Duration.ofSeconds(60));
        assertThat(kiosk.get("api/card/tries").get("outcome").asText()).isEqualTo("one-try-left");

        JsonNode ticket = kiosk.send("POST", "api/help-ticket", "{\"reason\":\"one-try-left\"}").body();

        assertThat(ticket.get("outcome").asText()).isEqualTo("accepted");
        assertThat(ticket.get("ticketNumber").asText()).isEqualTo("A-002");
        assertThat(server.received(RecordingServer.HELP)).singleElement()
                .satisfies(r -> assertThat(r.body()).isEqualTo("{\"reason\":\"one-try-left\"}"));
        assertThat(kiosk.get("api/state").get("ticketNumber").asText()).isEqualTo("A-002");
        assertThat(card.triesLeft()).isEqualTo(1);
    }

    @Test
    void afterReceptionEndedAHelpTicketSaysSoAndTheHoursAreAskedAgainAtOnce() {
        String hours = "{\"date\":\"2026-12-04\",\"receptionEnds\":\"17:15\",\"dayEnds\":\"20:00\",\"receptionOpen\":%s}";
        server.answer("GET /api/office-hours", 200, hours.formatted("true"));
        kiosk = LocalKiosk.start(server.uri(), DemoCards.myNumberCard(), Duration.ofSeconds(60));
        assertThat(kiosk.get("api/office-hours").get("receptionOpen").asBoolean()).isTrue();
        assertThat(kiosk.get("api/office-hours").get("receptionEnds").asText()).isEqualTo("17:15");
        assertThat(server.received("GET /api/office-hours")).as("kept for 30 seconds").hasSize(1);

        server.answer(RecordingServer.HELP, 409, "{\"error\":\"本日の受付は17時15分で終了しました。\",\"code\":\"reception-closed\"}");
        server.answer("GET /api/office-hours", 200, hours.formatted("false"));
        JsonNode refused = kiosk.send("POST", "api/help-ticket", "{\"reason\":\"pin-locked\"}").body();

        assertThat(refused.get("outcome").asText()).as("not a staff error: the closed screen").isEqualTo("reception-closed");
        assertThat(refused.get("error").asText()).contains("17時15分");
        assertThat(kiosk.get("api/office-hours").get("receptionOpen").asBoolean()).isFalse();
        assertThat(server.received("GET /api/office-hours")).hasSize(2);
    }

    @Test
    void aHelpTicketAfterTheCardWasReadDropsTheCardsData() {
        kiosk = LocalKiosk.start(server.uri(), DemoCards.myNumberCard(), Duration.ofSeconds(60));
        kiosk.readAndChoose(DemoCards.PIN, "move-in");

        kiosk.send("POST", "api/help-ticket", "{\"reason\":\"data-wrong\"}");

        assertThat(kiosk.app().session().reading()).isEmpty();
        assertThat(kiosk.get("api/state").has("resident")).isFalse();
        assertThat(server.received(RecordingServer.HELP).get(0).body()).doesNotContain(DemoCards.RESIDENT.name());
    }

    @Test
    void aRetryAfterTheServerWasAwayAsksForTheSameTicket() {
        kiosk = LocalKiosk.start(server.uri(), EmulatedMyNumberCard.builder().triesLeft(0).build(), Duration.ofSeconds(60));
        server.answer(RecordingServer.HELP, 503, "{\"error\":\"restarting\"}");
        assertThat(kiosk.send("POST", "api/help-ticket", "{\"reason\":\"pin-locked\"}").body().get("outcome").asText())
                .isEqualTo("server-unreachable");
        server.answer(RecordingServer.HELP, 200, "{\"ticketNumber\":\"A-007\"}");

        JsonNode ticket = kiosk.send("POST", "api/help-ticket", "{\"reason\":\"pin-locked\"}").body();

        assertThat(ticket.get("ticketNumber").asText()).isEqualTo("A-007");
        assertThat(server.received(RecordingServer.HELP)).extracting(RecordingServer.Received::path).hasSize(2)
                .as("the same request id both times").containsOnly(server.received(RecordingServer.HELP).get(0).path());
    }

    @Test
    void aReasonTheKioskDoesNotKnowIsRefusedNamingTheField() {
        kiosk = LocalKiosk.start(server.uri(), DemoCards.myNumberCard(), Duration.ofSeconds(60));

        LocalKiosk.Reply reply = kiosk.send("POST", "api/help-ticket", "{\"reason\":\"bored\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("field").asText()).isEqualTo("reason");
        assertThat(server.received(RecordingServer.HELP)).isEmpty();
    }

    @Test
    void aCardLeftOnTheReaderAfterFinishingIsNotReadUntilItIsTaken() {
        kiosk = LocalKiosk.start(server.uri(), DemoCards.myNumberCard(), Duration.ofSeconds(60));
        kiosk.readAndChoose(DemoCards.PIN, "move-in");

        JsonNode afterFinish = kiosk.send("POST", "api/reset", null).body();

        assertThat(afterFinish.get("takeCard").asBoolean()).isTrue();
        assertThat(kiosk.get("api/card/tries").get("outcome").asText()).isEqualTo("card-left");
        assertThat(kiosk.send("POST", "api/card/read", "{\"pin\":\"1234\"}").body().get("outcome").asText())
                .isEqualTo("card-left");
        assertThat(kiosk.app().session().reading()).isEmpty();

        kiosk.reader().remove();
        kiosk.await(state -> !state.get("takeCard").asBoolean());
        kiosk.reader().insert(DemoCards.myNumberCard());
        kiosk.await(state -> state.get("cardPresent").asBoolean());

        assertThat(kiosk.get("api/card/tries").get("outcome").asText()).isEqualTo("tries-left");
    }

    @Test
    void aCardLeftOnTheReaderAfterTheIdleResetIsAskedForToo() {
        kiosk = LocalKiosk.start(server.uri(), DemoCards.myNumberCard(), Duration.ofSeconds(2));
        kiosk.readAndChoose(DemoCards.PIN, "move-in");

        JsonNode state = kiosk.await(s -> s.get("lastReset").asText().equals("idle"));

        assertThat(state.get("takeCard").asBoolean()).isTrue();
        assertThat(kiosk.get("api/card/tries").get("outcome").asText()).isEqualTo("card-left");
    }

    @Test
    void aCardAlreadyOnTheReaderWhenTheKioskStartsCanBeUsed() {
        kiosk = LocalKiosk.start(server.uri(), DemoCards.myNumberCard(), Duration.ofSeconds(60));

        assertThat(kiosk.get("api/state").get("takeCard").asBoolean()).isFalse();
        assertThat(kiosk.get("api/card/tries").get("outcome").asText()).isEqualTo("tries-left");
    }
}
