package jp.kakanai.kiosk.app;

import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code run --server URL --token T [--port 8090] [--emulated-card] [--reader NAME] [--idle-seconds N]}:
 * starts the kiosk app and prints the URL to open in the kiosk browser. {@code --emulated-card} puts the
 * demo resident's My Number Card (PIN 1234) in an in-JVM reader "Kiosk reader", so the demo needs no
 * card reader and no pcscd. The token may come from {@code KAKANAI_KIOSK_TOKEN} instead (a command line
 * is visible to every local user in the process list).
 */
public final class RunKioskCommand {
    public static final String USAGE = "usage: run --server URL [--token T] [--port 8090] [--emulated-card]"
            + " [--reader NAME] [--idle-seconds 120]";
    static final String DEMO_READER = "Kiosk reader";
    static final String TOKEN_VARIABLE = "KAKANAI_KIOSK_TOKEN";

    private final Map<String, String> environment;

    public RunKioskCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    /** Starts the kiosk and blocks until the process is stopped; returns the exit code on bad usage. */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Parsed parsed;
        try {
            parsed = parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        return LocalApps.serveUntilStopped(() -> start(parsed), "kiosk", err, kiosk -> {
            out.println("Kakanai kiosk for " + parsed.settings().server()
                    + LocalApps.demoCardNote(parsed.emulated(), DEMO_READER));
            out.println("Open " + kiosk.url() + " in the kiosk browser.");
        });
    }

    /** Starts the kiosk as the options say; the caller closes it. */
    public static KioskApp start(Parsed parsed) {
        return LocalApps.start(parsed.emulated(), DEMO_READER,
                (terminals, demoReader) -> KioskApp.start(parsed.settings(), terminals, demoReader));
    }

    /** The options, checked. */
    public record Parsed(KioskSettings settings, boolean emulated) {
    }

    Parsed parse(List<String> args) {
        CommandOptions options = CommandOptions.parse(args, Set.of("--emulated-card"),
                Set.of("--server", "--token", "--port", "--reader", "--idle-seconds"));
        String server = options.value("--server").orElseThrow(() ->
                new IllegalArgumentException("--server is required (e.g. --server http://localhost:8080)"));
        String token = options.value("--token").orElse(environment.get(TOKEN_VARIABLE));
        Optional<String> reader = options.value("--reader");
        boolean emulated = options.has("--emulated-card");
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the kiosk's device token is missing: --token T or " + TOKEN_VARIABLE);
        }
        if (emulated && reader.isPresent() && !reader.get().equals(DEMO_READER)) {
            throw new IllegalArgumentException("--emulated-card uses the reader '" + DEMO_READER + "', not '" + reader.get() + "'");
        }
        Duration idle = Duration.ofSeconds(options.number("--idle-seconds", (int) KioskSettings.DEFAULT_IDLE_TIMEOUT.toSeconds()));
        return new Parsed(new KioskSettings(serverUri(server), token, options.number("--port", KioskSettings.DEFAULT_PORT),
                reader, idle), emulated);
    }

    private static URI serverUri(String text) {
        try {
            URI uri = new URI(text);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("--server must be an http:// or https:// URL, not '" + text + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--server is not a URL: '" + text + "'");
        }
    }
}
