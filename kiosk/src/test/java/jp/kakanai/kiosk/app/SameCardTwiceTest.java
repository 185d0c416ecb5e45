package jp.kakanai.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import jp.kakanai.kiosk.card.emulated.DemoCards;
import jp.kakanai.kiosk.checkin.RecordingServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The same card at the kiosk a second time the same day: the resident is asked whether to add to the first
 * visit (keeping its ticket) or to take a separate one.
 */
class SameCardTwiceTest {
    private static final String EARLIER = "[{\"visitId\":\"v-9\",\"ticketNumber\":\"A-004\",\"lifeEvent\":\"move-in\","
            + "\"checkedInAt\":\"2026-05-11T09:12:00+09:00\"}]";
    private static final String ROUTE = "{\"event\":\"marriage\",\"items\":[{\"procedureId\":\"marriage-notice\","
            + "\"certainty\":\"needed\"},{\"procedureId\":\"nhi-withdraw\",\"certainty\":\"to-confirm\"}],"
            + "\"departments\":[],\"openQuestions\":[]}";
    private final RecordingServer server = new RecordingServer();
    private LocalKiosk kiosk;

    @BeforeEach
    void start() {
        kiosk = LocalKiosk.start(server.uri(), DemoCards.myNumberCard(), Duration.ofSeconds(60));
    }

    @AfterEach
    void stop() {
        kiosk.close();
        server.close();
    }

    @Test
    void withAnEarlierVisitTodayTheKioskAsksBeforeCheckingIn() {
        server.answer(RecordingServer.EARLIER, 200, EARLIER);
        kiosk.readAndChoose(DemoCards.PIN, "marriage");

        JsonNode answer = kiosk.send("POST", "api/visit/check-in", null).body();

        assertThat(answer.get("outcome").asText()).isEqualTo("repeat");
        assertThat(answer.at("/earlier/ticketNumber").asText()).isEqualTo("A-004");
        assertThat(answer.at("/earlier/lifeEvent").asText()).isEqualTo("move-in");
        assertThat(answer.has("visitId")).isFalse();
        assertThat(server.received(RecordingServer.EARLIER)).singleElement().satisfies(r -> assertThat(r.body())
                .contains("\"name\":\"" + DemoCards.RESIDENT.name() + "\"", "\"birthDate\":\"1989-01-07\"")
                .doesNotContain(DemoCards.RESIDENT.address()));
        assertThat(server.received(RecordingServer.CHECK_IN)).isEmpty();
    }

    @Test
    void addingToTheFirstVisitKeepsItsTicketAndSendsOnlyTheNeededProcedures() {
        server.answer(RecordingServer.EARLIER, 200, EARLIER);
        server.answer(RecordingServer.NAVIGATION, 200, ROUTE);
        server.answer(RecordingServer.ADDITION, 200, "{\"visitId\":\"v-9\",\"ticketNumber\":\"B-002\",\"added\":[\"marriage-notice\"]}");
        kiosk.readAndChoose(DemoCards.PIN, "marriage");
        kiosk.send("POST", "api/visit/check-in", null);

        JsonNode answer = kiosk.send("POST", "api/visit/check-in?repeat=add", null).body();

        assertThat(answer.get("outcome").asText()).isEqualTo("accepted");
        assertThat(answer.get("ticketNumber").asText()).as("the first visit's ticket, now at its desk").isEqualTo("B-002");
        assertThat(server.received(RecordingServer.ADDITION)).singleElement().satisfies(r -> {
            assertThat(r.path()).startsWith("/api/kiosk/visits/v-9/additions/");
            assertThat(r.body()).contains("\"lifeEvent\":\"marriage\"", "\"procedures\":[\"marriage-notice\"]");
        });
        assertThat(server.received(RecordingServer.CHECK_IN)).as("no second ticket").isEmpty();
        assertThat(kiosk.app().session().reading()).as("the card's data is dropped as after a check-in").isEmpty();
        assertThat(kiosk.get("api/state").get("ticketNumber").asText()).isEqualTo("B-002");
    }

    @Test
    void aSeparateVisitIsAnOrdinaryCheckIn() {
        server.answer(RecordingServer.EARLIER, 200, EARLIER);
        kiosk.readAndChoose(DemoCards.PIN, "marriage");
        kiosk.send("POST", "api/visit/check-in", null);

        JsonNode answer = kiosk.send("POST", "api/visit/check-in?repeat=separate", null).body();

        assertThat(answer.get("outcome").asText()).isEqualTo("accepted");
        assertThat(answer.get("ticketNumber").asText()).isEqualTo("A-001");
        assertThat(server.received(RecordingServer.CHECK_IN)).hasSize(1);
        assertThat(server.received(RecordingServer.ADDITION)).isEmpty();
    }

    @Test
    void withoutAnEarlierVisitOrWithoutAnAnswerAboutItTheCheckInGoesOnAtOnce() {
        server.answer(RecordingServer.EARLIER, 503, "{\"error\":\"busy\"}");
        kiosk.readAndChoose(DemoCards.PIN, "move-in");

        JsonNode answer = kiosk.send("POST", "api/visit/check-in", null).body();

        assertThat(answer.get("outcome").asText()).isEqualTo("accepted");
        assertThat(server.received(RecordingServer.CHECK_IN)).hasSize(1);
    }

    @Test
    void anAnswerOtherThanAddOrSeparateNamesTheField() {
        server.answer(RecordingServer.EARLIER, 200, EARLIER);
        kiosk.readAndChoose(DemoCards.PIN, "marriage");
        kiosk.send("POST", "api/visit/check-in", null);

        LocalKiosk.Reply reply = kiosk.send("POST", "api/visit/check-in?repeat=both", null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("field").asText()).isEqualTo("repeat");
    }
}
