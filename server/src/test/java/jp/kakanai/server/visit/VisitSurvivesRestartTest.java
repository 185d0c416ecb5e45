package jp.kakanai.server.visit;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.KakanaiServer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The H2 file database keeps visits across a server restart, with their check-in idempotency keys, and
 * the demo profile's key file keeps their My Numbers readable.
 */
class VisitSurvivesRestartTest {
    private static final String MY_NUMBER = "314159265352";
    private static final String WITH_MY_NUMBER = CheckInFixture.json(new CheckIn(CheckInFixture.resident(), "move-in",
            List.of("resident-move-in", "nhi-enroll")).withMyNumber(MY_NUMBER));

    @Test
    void visitWrittenBeforeARestartIsThereAfterIt(@TempDir Path dataDir) throws IOException {
        String visitId;
        String ticket;
        try (ConfigurableApplicationContext server = start(dataDir)) {
            var receipt = json(http(server).asKiosk().postJson("/api/visits", WITH_MY_NUMBER,
                    IdempotencyKey.HEADER, "restart-key"));
            visitId = receipt.get("visitId").asText();
            ticket = receipt.get("ticketNumber").asText();
        }
        try (ConfigurableApplicationContext server = start(dataDir)) {
            var response = http(server).asClerk().get("/api/visits/" + visitId);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json(response).at("/resident/name").asText()).isEqualTo("書可 内子");
            assertThat(json(response).get("ticketNumber").asText()).isEqualTo(ticket);

            var retry = http(server).asKiosk().postJson("/api/visits", WITH_MY_NUMBER,
                    IdempotencyKey.HEADER, "restart-key");
            assertThat(retry.statusCode()).as("the idempotency key outlives the restart").isEqualTo(200);
            assertThat(json(retry).get("visitId").asText()).isEqualTo(visitId);

            var form = http(server).asClerk().getBytes("/api/visits/" + visitId + "/forms/nhi-enroll.pdf");
            assertThat(form.statusCode()).isEqualTo(200);
            try (PDDocument pdf = Loader.loadPDF(form.body())) {
                assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s", "")).as("the same key after the restart")
                        .contains(MY_NUMBER);
            }

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
