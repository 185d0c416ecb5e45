package jp.kakanai.kiosk.app;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How one kiosk runs: the server and its device token, the local port (0: any free one), the card
 * reader (empty: the first with a card), and how long an untouched screen keeps the resident's data.
 */
public record KioskSettings(URI server, String deviceToken, int port, Optional<String> readerName,
                            Duration idleTimeout) {
    public static final int DEFAULT_PORT = 8090;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(120);

    public KioskSettings {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(readerName, "readerName");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (deviceToken == null || deviceToken.isBlank()) {
            throw new IllegalArgumentException("the kiosk's device token is missing (--token or KAKANAI_KIOSK_TOKEN)");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("the port must be 0 to 65535, not " + port);
        }
        if (idleTimeout.toSeconds() < 2) {
            throw new IllegalArgumentException("the idle timeout must be at least 2 seconds, not " + idleTimeout.toSeconds());
        }
    }

    public static KioskSettings of(URI server, String deviceToken) {
        return new KioskSettings(server, deviceToken, DEFAULT_PORT, Optional.empty(), DEFAULT_IDLE_TIMEOUT);
    }

    public KioskSettings withPort(int newPort) {
        return new KioskSettings(server, deviceToken, newPort, readerName, idleTimeout);
    }

    public KioskSettings withIdleTimeout(Duration timeout) {
        return new KioskSettings(server, deviceToken, port, readerName, timeout);
    }

    public KioskSettings withReader(String name) {
        return new KioskSettings(server, deviceToken, port, Optional.of(name), idleTimeout);
    }

    @Override
    public String toString() {
        return "KioskSettings[server=" + server + ", deviceToken=****, port=" + port + ", reader="
                + readerName.orElse("(first with a card)") + ", idleTimeout=" + idleTimeout + "]";
    }
}
