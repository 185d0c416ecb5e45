package jp.kakanai.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import jp.kakanai.server.KakanaiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code java -jar server.jar verify-access-log}: says the log is intact, or names the row someone changed. */
class VerifyAccessLogCommandTest {

    @Test
    void theCommandFindsTheRowSomeoneChangedInTheDatabase(@TempDir Path dataDir) {
        String[] args = {"--spring.profiles.active=demo", "--kakanai.data-dir=" + dataDir, "--kakanai.queue.prefetch=false"};
        try (ConfigurableApplicationContext server = new SpringApplicationBuilder(KakanaiServer.class)
                .web(WebApplicationType.NONE).run(args)) {
            AccessLog log = server.getBean(AccessLog.class);
            for (int i = 0; i < 3; i++) {
                log.append(new AccessRecord(Instant.now(), "clerk", AccessAction.VIEW_VISIT,
                        Optional.of("0f8fad5b-d9cb-469f-a165-70867728950" + i), "", 200, Optional.of("10.0.0.7")));
            }
        }
        assertThat(run(args)).startsWith("0 Access log intact: 3 rows");

        try (ConfigurableApplicationContext server = new SpringApplicationBuilder(KakanaiServer.class)
                .web(WebApplicationType.NONE).run(args)) {
            // What someone with the database's password but not the key might do: hide who looked.
            server.getBean(JdbcClient.class).sql("update access_log set actor = 'manager' where seq = 2").update();
        }
        assertThat(run(args)).startsWith("1 ACCESS LOG BROKEN at row 2: row 2 was changed");
    }

    private static String run(String[] args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = VerifyAccessLogCommand.run(KakanaiServer.class, args, new PrintStream(out, true, StandardCharsets.UTF_8));
        return exit + " " + out.toString(StandardCharsets.UTF_8);
    }
}
