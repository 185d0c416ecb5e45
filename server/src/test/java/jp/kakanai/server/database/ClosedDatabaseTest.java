package jp.kakanai.server.database;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.visit.CheckInFixture;
import jp.kakanai.server.visit.IdempotencyKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server whose H2 database is gone says so and goes, and the one started after it has everything acknowledged.
 * The failure is the one measured under overload (docs/server.md): a commit's chunk larger than the direct memory
 * the JVM may still reserve, an OutOfMemoryError in H2's write, H2 closing its store. Here the server runs with
 * 64 MB of direct memory (its largest font, 46 MB, is read through a temporary buffer at start-up) and the test
 * writes one 96 MB value into its database (H2's {@code AUTO_SERVER} lets a
 * second process in, without DB_CLOSE_ON_EXIT=FALSE which it does not allow; the write runs inside the
 * server's JVM).
 */
class ClosedDatabaseTest {
    private static final int BALLAST_BYTES = 96 * 1024 * 1024;

    @Test
    void aServerWhoseH2DatabaseClosedAnswers503ThenExitsAndTheNextStartHasEveryAcknowledgedCheckIn(@TempDir Path dir)
            throws Exception {
        String url = "jdbc:h2:file:" + dir + "/kakanai;WRITE_DELAY=0;LOCK_TIMEOUT=10000;AUTO_SERVER=TRUE";
        List<String> arguments = List.of("--spring.profiles.active=demo", "--kakanai.data-dir=" + dir,
                "--spring.datasource.url=" + url,
                // long enough for the test's requests to meet the server between the failure and the exit
                "--kakanai.database.closed-exit-delay=PT10S");
        JsonNode receipt;
        try (ServerProcess server = ServerProcess.start(dir, List.of("-Xmx768m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-XX:MaxDirectMemorySize=64m", "-Djdk.nio.maxCachedBufferSize=262144"),
                arguments)) {
            HttpFixture kiosk = new HttpFixture(server.base()).asKiosk();
            HttpFixture clerk = new HttpFixture(server.base()).loggedInAsClerk();
            var checkedIn = kiosk.postJson("/api/visits", CheckInFixture.moveInJson(), IdempotencyKey.HEADER, "before-the-fall");
            assertThat(checkedIn.statusCode()).as(checkedIn.body()).isEqualTo(201);
            receipt = json(checkedIn);

            assertThatThrownBy(() -> writeBallast(url)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("OutOfMemoryError");

            var health = new HttpFixture(server.base()).get("/api/health");
            assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
            assertThat(json(health).get("database").asText()).isEqualTo("DOWN");
            List<HttpResponse<String>> refused = new ArrayList<>();
            refused.add(clerk.get("/api/queue"));
            refused.add(kiosk.postJson("/api/visits", CheckInFixture.moveInJson(), IdempotencyKey.HEADER, "during-the-fall"));
            for (var answer : refused) {
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
                assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
                assertThat(json(answer).get("error").asText()).isEqualTo(
                        "The database does not answer at the moment. Try again in a few seconds.");
                assertThat(answer.body()).doesNotContain("Exception", "at org.", "at jp.");
            }
            assertThat(server.awaitExit(Duration.ofSeconds(90))).as(server.logTail()).hasValue(ClosedDatabaseExit.EXIT_CODE);
            assertThat(server.wholeLog()).contains("H2 reports its database closed (error 90098)");
        }

        try (ServerProcess restarted = ServerProcess.start(dir, arguments)) {
            HttpFixture kiosk = new HttpFixture(restarted.base()).asKiosk();
            var retried = kiosk.postJson("/api/visits", CheckInFixture.moveInJson(), IdempotencyKey.HEADER, "before-the-fall");
            assertThat(retried.statusCode()).as("the same check-in, already done").isEqualTo(200);
            assertThat(json(retried).get("visitId")).isEqualTo(receipt.get("visitId"));
            assertThat(json(retried).get("ticketNumber")).isEqualTo(receipt.get("ticketNumber"));
            JsonNode visits = json(new HttpFixture(restarted.base()).asClerk()
                    .get("/api/visits?date=" + LocalDate.now(OfficeClock.ZONE)));
            assertThat(visits).extracting(v -> v.get("id").asText()).containsExactly(receipt.get("visitId").asText());
        }
    }

    /** One commit larger than the direct memory left: H2 fails to write it and closes its store. */
    private static void writeBallast(String url) throws SQLException {
        // the connection's close fails too (H2 repeats the store's failure), so it is closed with the rest
        try (Connection second = DriverManager.getConnection(url, "sa", "")) {
            second.createStatement().execute("create table ballast (b varbinary(" + BALLAST_BYTES + "))");
            try (PreparedStatement insert = second.prepareStatement("insert into ballast values (?)")) {
                insert.setBytes(1, new byte[BALLAST_BYTES]);
                insert.executeUpdate();
            }
        }
    }
}
