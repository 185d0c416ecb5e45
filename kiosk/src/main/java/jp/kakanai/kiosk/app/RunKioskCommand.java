package jp.kakanai.kiosk.app;

import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import javax.smartcardio.TerminalFactory;
import jp.kakanai.kiosk.card.SystemTerminals;
import jp.kakanai.kiosk.card.emulated.DemoCards;
import jp.kakanai.kiosk.card.emulated.EmulatedReader;
import jp.kakanai.kiosk.card.emulated.EmulatedReaders;

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
        try (KioskApp kiosk = start(parsed)) {
            out.println("Kakanai kiosk for " + parsed.settings().server() + (parsed.emulated()
                    ? " with an emulated My Number Card (PIN " + DemoCards.PIN + ") in '" + DEMO_READER + "'" : ""));
            out.println("Open " + kiosk.url() + " in the kiosk browser.");
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "kiosk-shutdown"));
            stopped.await();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (RuntimeException e) {
            err.println("The kiosk could not start: " + e.getMessage());
            return 1;
        }
    }

    /** Starts the kiosk as the options say; the caller closes it. */
    public static KioskApp start(Parsed parsed) {
        if (!parsed.emulated()) {
            return KioskApp.start(parsed.settings(), SystemTerminals::pcsc, Optional.empty());
        }
        EmulatedReaders readers = new EmulatedReaders();
        EmulatedReader reader = readers.addReader(DEMO_READER);
        reader.insert(DemoCards.myNumberCard());
        TerminalFactory factory = readers.terminalFactory();
        return KioskApp.start(parsed.settings(), () -> factory, Optional.of(reader));
    }

    /** The options, checked. */
    public record Parsed(KioskSettings settings, boolean emulated) {
    }

    Parsed parse(List<String> args) {
        String server = null;
        String token = environment.get(TOKEN_VARIABLE);
        int port = KioskSettings.DEFAULT_PORT;
        Optional<String> reader = Optional.empty();
        Duration idle = KioskSettings.DEFAULT_IDLE_TIMEOUT;
        boolean emulated = false;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (option.equals("--emulated-card")) {
                emulated = true;
                continue;
            }
            if (!List.of("--server", "--token", "--port", "--reader", "--idle-seconds").contains(option)) {
                throw new IllegalArgumentException("unknown option '" + option + "'");
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args.get(++i);
            switch (option) {
                case "--server" -> server = value;
                case "--token" -> token = value;
                case "--port" -> port = number(option, value);
                case "--reader" -> reader = Optional.of(value);
                default -> idle = Duration.ofSeconds(number(option, value));
            }
        }
        if (server == null) {
            throw new IllegalArgumentException("--server is required (e.g. --server http://localhost:8080)");
        }
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the kiosk's device token is missing: --token T or " + TOKEN_VARIABLE);
        }
        if (emulated && reader.isPresent() && !reader.get().equals(DEMO_READER)) {
            throw new IllegalArgumentException("--emulated-card uses the reader '" + DEMO_READER + "', not '" + reader.get() + "'");
        }
        return new Parsed(new KioskSettings(serverUri(server), token, port, reader, idle), emulated);
    }

    static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, not '" + value + "'");
        }
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
