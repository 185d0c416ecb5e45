package jp.kakanai.server.visit;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.KakanaiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The H2 file database keeps visits (and check-in idempotency keys) across a server restart. */
class VisitSurvivesRestartTest {

    @Test
    void visitWrittenBeforeARestartIsThereAfterIt(@TempDir Path dataDir) {
        String visitId;
        String ticket;
        try (ConfigurableApplicationContext server = start(dataDir)) {
            var receipt = json(http(server).asKiosk().postJson("/api/visits", CheckInFixture.moveInJson(),
                    IdempotencyKey.HEADER, "restart-key"));
            visitId = receipt.get("visitId").asText();
            ticket = receipt.get("ticketNumber").asText();
        }
        try (ConfigurableApplicationContext server = start(dataDir)) {
            var response = http(server).asClerk().get("/api/visits/" + visitId);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json(response).at("/resident/name").asText()).isEqualTo("書可 内子");
            assertThat(json(response).get("ticketNumber").asText()).isEqualTo(ticket);

            var retry = http(server).asKiosk().postJson("/api/visits", CheckInFixture.moveInJson(),
                    IdempotencyKey.HEADER, "restart-key");
            assertThat(retry.statusCode()).as("the idempotency key outlives the restart").isEqualTo(200);
            assertThat(json(retry).get("visitId").asText()).isEqualTo(visitId);

            var next = json(http(server).asKiosk().postJson("/api/visits", CheckInFixture.moveInJson()));
            assertThat(next.get("ticketNumber").asText()).as("the day's numbering goes on after a restart")
                    .isNotEqualTo(ticket);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(KakanaiServer.class).profiles("demo")
                .run("--server.port=0", "--kakanai.data-dir=" + dataDir);
    }

    private static HttpFixture http(ConfigurableApplicationContext server) {
        return new HttpFixture("http://localhost:" + server.getEnvironment().getProperty("local.server.port"));
    }
}
