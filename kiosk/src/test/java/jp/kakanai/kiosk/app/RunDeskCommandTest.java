package jp.kakanai.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunDeskCommandTest {
    private final RunDeskCommand command = new RunDeskCommand();

    @Test
    void theAllowedOriginIsTheServerUrlsOrigin() {
        var parsed = command.parse(List.of("--server", "HTTP://Kakanai.Town.local:8080/staff/", "--port", "0"));

        assertThat(parsed.settings()).isEqualTo(new DeskSettings("http://kakanai.town.local:8080", 0, Optional.empty()));
        assertThat(command.parse(List.of("--server", "https://kakanai.example:443")).settings().allowedOrigin())
                .isEqualTo("https://kakanai.example");
    }

    @Test
    void anAllowedOriginOfItsOwnWinsForAServerBehindAProxy() {
        var parsed = command.parse(List.of("--server", "http://10.0.0.5:8080", "--allow-origin", "https://kakanai.town.lg.jp",
                "--emulated-card"));

        assertThat(parsed.settings().allowedOrigin()).isEqualTo("https://kakanai.town.lg.jp");
        assertThat(parsed.emulated()).isTrue();
    }

    @Test
    void wrongUsageSaysWhatToFix() {
        assertThatThrownBy(() -> command.parse(List.of())).hasMessageContaining("--server is required");
        assertThatThrownBy(() -> command.parse(List.of("--server", "ftp://x"))).hasMessageContaining("http:// or https://");
        assertThatThrownBy(() -> command.parse(List.of("--server", "http://x", "--token", "t")))
                .hasMessageContaining("takes no token");
        assertThatThrownBy(() -> command.parse(List.of("--server", "http://x", "--port", "many")))
                .hasMessageContaining("whole number");
    }

    @Test
    void badUsageExitsWithTwoAndTheUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = command.run(List.of("--nonsense"), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option '--nonsense'", RunDeskCommand.USAGE);
    }
}
