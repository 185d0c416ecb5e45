package jp.kakanai.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunKioskCommandTest {
    private final RunKioskCommand command = new RunKioskCommand(Map.of());

    @Test
    void optionsBecomeTheKioskSettings() {
        var parsed = command.parse(List.of("--server", "http://kakanai.town.local:8080", "--token", "t-1",
                "--port", "0", "--idle-seconds", "45", "--reader", "ACS ACR39U"));

        assertThat(parsed.settings()).isEqualTo(new KioskSettings(URI.create("http://kakanai.town.local:8080"), "t-1", 0,
                Optional.of("ACS ACR39U"), Duration.ofSeconds(45)));
        assertThat(parsed.emulated()).isFalse();
    }

    @Test
    void theTokenMayComeFromTheEnvironmentSoNoProcessListShowsIt() {
        var fromEnvironment = new RunKioskCommand(Map.of(RunKioskCommand.TOKEN_VARIABLE, "secret"))
                .parse(List.of("--server", "http://kakanai:8080", "--emulated-card"));

        assertThat(fromEnvironment.settings().deviceToken()).isEqualTo("secret");
        assertThat(fromEnvironment.settings().port()).isEqualTo(KioskSettings.DEFAULT_PORT);
        assertThat(fromEnvironment.emulated()).isTrue();
    }

    @Test
    void wrongUsageSaysWhatToFix() {
        assertThatThrownBy(() -> command.parse(List.of("--token", "t"))).hasMessageContaining("--server is required");
        assertThatThrownBy(() -> command.parse(List.of("--server", "http://x"))).hasMessageContaining("device token is missing");
        assertThatThrownBy(() -> command.parse(List.of("--server", "ftp://x", "--token", "t")))
                .hasMessageContaining("http:// or https://");
        assertThatThrownBy(() -> command.parse(List.of("--server", "http://x", "--token", "t", "--idle-seconds", "soon")))
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> command.parse(List.of("--server", "http://x", "--token", "t", "--colour", "red")))
                .hasMessageContaining("unknown option '--colour'");
        assertThatThrownBy(() -> command.parse(List.of("--server", "http://x", "--token")))
                .hasMessageContaining("--token needs a value");
        assertThatThrownBy(() -> command.parse(List.of("--server", "http://x", "--token", "t", "--emulated-card",
                "--reader", "Other"))).hasMessageContaining("--emulated-card uses the reader 'Kiosk reader'");
    }

    @Test
    void badUsageExitsWithTwoAndTheUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = command.run(List.of("--port"), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port needs a value", RunKioskCommand.USAGE);
    }
}
