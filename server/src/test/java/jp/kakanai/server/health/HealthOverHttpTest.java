package jp.kakanai.server.health;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import jp.kakanai.server.ServerHttpTest;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthOverHttpTest extends ServerHttpTest {

    @Test
    void anyoneSeesThatServerAndDatabaseAreUpAndNothingElse() {
        var response = http().get("/api/health");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = json(response);
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.get("database").asText()).isEqualTo("UP");
        assertThat(health.size()).as("no other field, nothing personal").isEqualTo(2);
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
    }

    @Test
    void healthIsOnlyReadable() {
        assertThat(http().postJson("/api/health", "{}").statusCode()).isIn(401, 403, 405);
    }

    @Test
    void unreachableDatabaseMakesTheServerDown(@TempDir Path dir) {
        JdbcDataSource missing = new JdbcDataSource();
        // IFEXISTS: H2 refuses to create the database, as an unreachable server refuses the connection.
        missing.setURL("jdbc:h2:file:" + dir.resolve("none") + ";IFEXISTS=TRUE");
        HealthResource health = new HealthResource(missing);
        try {
            var response = health.health();
            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getEntity()).isEqualTo(new HealthResource.Health("DOWN", "DOWN"));
        } finally {
            health.stop();
        }
    }

    @Test
    void frequentHealthChecksShareOneProbeThread() {
        long before = probeThreads();
        for (int i = 0; i < 20; i++) {
            assertThat(http().get("/api/health").statusCode()).isEqualTo(200);
        }
        // one resource for the server's life, one thread for its probes: a poll every second adds no threads
        // (other cached test contexts in this JVM may have their own)
        assertThat(probeThreads() - before).isBetween(0L, 1L);
        assertThat(probeThreads()).isPositive();
    }

    private static long probeThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("database-probe") && t.isAlive()).count();
    }
}
