package jp.kakanai.server.visit;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.server.ServerHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A kiosk that retries a check-in with the same Idempotency-Key gets the same receipt, never a second ticket. */
class IdempotentCheckInOverHttpTest extends ServerHttpTest {
    private static final String KEY = IdempotencyKey.HEADER;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdempotentCheckIns checkIns;

    @Test
    void retryWithTheSameKeyGetsTheSameReceiptAndNoSecondTicket() {
        String key = UUID.randomUUID().toString();
        int visitsBefore = visitsToday();
        var first = checkIn(CheckInFixture.moveInJson(), key);
        var retry = checkIn(CheckInFixture.moveInJson(), key);
        assertThat(visitsToday()).isEqualTo(visitsBefore + 1);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(json(retry)).isEqualTo(json(first));
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(ticketOf(newCheckIn())).as("the retry took no number").isEqualTo(ticketOf(first) + 1);
    }

    @Test
    void retrySpacedDifferentlyIsStillTheSameRequest() {
        String key = UUID.randomUUID().toString();
        var first = checkIn(CheckInFixture.moveInJson(), key);
        var retry = checkIn(CheckInFixture.moveInJson().replace(",", " ,\n "), key);
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
        assertThat(json(retry)).isEqualTo(json(first));
    }

    @Test
    void sameKeyWithADifferentCheckInIsRefusedNamingTheHeader() {
        String key = UUID.randomUUID().toString();
        var first = checkIn(CheckInFixture.moveInJson(), key);
        CheckIn other = new CheckIn(CheckInFixture.resident(), "move-out", List.of("resident-move-out"));
        var reused = checkIn(CheckInFixture.json(other), key);

        assertThat(reused.statusCode()).as(reused.body()).isEqualTo(422);
        assertThat(json(reused).get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(json(reused).get("error").asText()).contains("Idempotency-Key");
        assertThat(ticketOf(newCheckIn())).as("the refused request took no number").isEqualTo(ticketOf(first) + 1);
    }

    @Test
    void twoConcurrentAttemptsWithOneKeyMakeOneVisit() {
        for (int round = 0; round < 5; round++) {
            String key = UUID.randomUUID().toString();
            int before = ticketOf(newCheckIn());
            var a = http().asKiosk().postJsonAsync("/api/visits", CheckInFixture.moveInJson(), KEY, key);
            var b = http().asKiosk().postJsonAsync("/api/visits", CheckInFixture.moveInJson(), KEY, key);
            CompletableFuture.allOf(a, b).join();
            HttpResponse<String> one = a.join();
            HttpResponse<String> two = b.join();

            assertThat(List.of(one.statusCode(), two.statusCode())).as(one.body() + " / " + two.body())
                    .containsExactlyInAnyOrder(201, 200);
            assertThat(json(one)).isEqualTo(json(two));
            assertThat(ticketOf(one)).isEqualTo(before + 1);
            assertThat(ticketOf(newCheckIn())).as("round %d: one ticket for the pair", round).isEqualTo(before + 2);
        }
    }

    @Test
    void malformedKeyIsRefusedNamingTheHeader() {
        var response = checkIn(CheckInFixture.moveInJson(), "has spaces in it");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(checkIn(CheckInFixture.moveInJson(), "x".repeat(129)).statusCode()).isEqualTo(400);
    }

    @Test
    void expiredKeyIsForgottenAndStartsAfresh() {
        String key = UUID.randomUUID().toString();
        var first = checkIn(CheckInFixture.moveInJson(), key);
        ageKey(key, 25);
        CheckIn other = new CheckIn(CheckInFixture.resident(), "move-out", List.of("resident-move-out"));
        var afterExpiry = checkIn(CheckInFixture.json(other), key);
        assertThat(afterExpiry.statusCode()).as(afterExpiry.body()).isEqualTo(201);
        assertThat(json(afterExpiry).get("visitId")).isNotEqualTo(json(first).get("visitId"));

        ageKey(key, 25);
        checkIns.forgetExpiredKeys();
        assertThat(jdbc.sql("select count(*) from check_in_key where idempotency_key = :key").param("key", key)
                .query(Integer.class).single()).isZero();
    }

    private void ageKey(String key, int hours) {
        jdbc.sql("update check_in_key set created_at = :at where idempotency_key = :key")
                .param("at", Instant.now().minus(hours, ChronoUnit.HOURS).atOffset(ZoneOffset.UTC)).param("key", key)
                .update();
    }

    private int visitsToday() {
        return json(http().asClerk().get("/api/visits")).size();
    }

    private HttpResponse<String> checkIn(String json, String key) {
        return http().asKiosk().postJson("/api/visits", json, KEY, key);
    }

    private HttpResponse<String> newCheckIn() {
        return http().asKiosk().postJson("/api/visits", CheckInFixture.moveInJson());
    }

    private static int ticketOf(HttpResponse<String> response) {
        JsonNode receipt = json(response);
        return Integer.parseInt(receipt.get("ticketNumber").asText().replaceAll("\\D", ""));
    }
}
