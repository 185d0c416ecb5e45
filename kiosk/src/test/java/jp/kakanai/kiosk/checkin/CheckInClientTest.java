package jp.kakanai.kiosk.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.forms.checkin.CheckInReceipt;
import jp.kakanai.kiosk.card.emulated.DemoCards;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CheckInClientTest {
    private static final CheckIn MOVE_IN = new CheckIn(DemoCards.RESIDENT, "move-in", List.of("resident-move-in"));
    private final RecordingServer server = new RecordingServer();
    private final ServerEndpoint endpoint = new ServerEndpoint(server.uri(), "token-1",
            Duration.ofMillis(500), Duration.ofMillis(700));
    private final CheckInClient client = new CheckInClient(endpoint);

    @AfterEach
    void close() {
        endpoint.close();
        server.close();
    }

    @Test
    void anAcceptedCheckInGivesTheReceipt() {
        CheckInOutcome outcome = client.checkIn(MOVE_IN, new IdempotencyKey("k-1"));

        assertThat(outcome).isEqualTo(new CheckInOutcome.Accepted(new CheckInReceipt("v-1", "A-001")));
        RecordingServer.Received request = server.received().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/visits");
        assertThat(request.authorization()).isEqualTo("Bearer token-1");
        assertThat(request.idempotencyKey()).isEqualTo("k-1");
        assertThat(request.body()).contains("\"name\":\"山田 花子\"", "\"birthDate\":\"1989-01-07\"", "\"sex\":\"2\"",
                "\"lifeEvent\":\"move-in\"", "\"procedures\":[\"resident-move-in\"]");
    }

    @Test
    void aReceiptWithFieldsTheKioskDoesNotKnowIsStillAccepted() {
        server.answer(201, "{\"visitId\":\"v-2\",\"ticketNumber\":\"B-002\",\"queuePosition\":3}");
        assertThat(client.checkIn(MOVE_IN, new IdempotencyKey("k-1")))
                .isEqualTo(new CheckInOutcome.Accepted(new CheckInReceipt("v-2", "B-002")));
    }

    @Test
    void retriesSendTheSameIdempotencyKey() {
        server.answer(503, "{\"error\":\"starting\"}");
        IdempotencyKey key = IdempotencyKey.random();

        client.checkIn(MOVE_IN, key);
        server.answer(201, "{\"visitId\":\"v-1\",\"ticketNumber\":\"A-001\"}");
        client.checkIn(MOVE_IN, key);

        assertThat(server.received()).extracting(RecordingServer.Received::idempotencyKey)
                .containsExactly(key.value(), key.value());
    }

    @Test
    void aServerFaultIsWorthRetrying() {
        server.answer(503, "{\"error\":\"The database is not available.\"}");
        assertThat(client.checkIn(MOVE_IN, IdempotencyKey.random()))
                .isInstanceOfSatisfying(CheckInOutcome.ServerUnreachable.class,
                        u -> assertThat(u.detail()).contains("503", "The database is not available."));
    }

    @Test
    void aRefusalNamesTheField() {
        server.answer(400, "{\"error\":\"The birth date is in the future.\",\"field\":\"resident.birthDate\"}");
        assertThat(client.checkIn(MOVE_IN, IdempotencyKey.random())).isEqualTo(new CheckInOutcome.Rejected(400,
                "The birth date is in the future.", Optional.of("resident.birthDate")));
    }

    @Test
    void aCheckInAfterReceptionEndedCarriesTheServersCode() {
        server.answer(409, "{\"error\":\"本日の受付は17時15分で終了しました。\",\"code\":\"reception-closed\"}");
        CheckInOutcome outcome = client.checkIn(MOVE_IN, IdempotencyKey.random());
        assertThat(outcome).isEqualTo(new CheckInOutcome.Rejected(409, "本日の受付は17時15分で終了しました。", Optional.empty(),
                Optional.of("reception-closed")));
        assertThat(((CheckInOutcome.Rejected) outcome).receptionClosed()).isTrue();
    }

    @Test
    void aWrongTokenIsARefusalNotSomethingToRetry() {
        server.answer(401, "{\"error\":\"Unknown kiosk token.\"}");
        assertThat(client.checkIn(MOVE_IN, IdempotencyKey.random()))
                .isEqualTo(new CheckInOutcome.Rejected(401, "Unknown kiosk token.", Optional.empty()));
    }

    @Test
    void aServerThatIsNotThereIsUnreachable() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        try (ServerEndpoint nowhere = new ServerEndpoint(URI.create("http://127.0.0.1:" + freePort), "t")) {
            assertThat(new CheckInClient(nowhere).checkIn(MOVE_IN, IdempotencyKey.random()))
                    .isInstanceOf(CheckInOutcome.ServerUnreachable.class);
        }
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsUnreachable() {
        server.answerAfter(2_000, 201, "{\"visitId\":\"v-1\",\"ticketNumber\":\"A-001\"}");
        assertThat(client.checkIn(MOVE_IN, IdempotencyKey.random()))
                .isInstanceOfSatisfying(CheckInOutcome.ServerUnreachable.class,
                        u -> assertThat(u.detail()).containsIgnoringCase("timed out"));
    }
}
