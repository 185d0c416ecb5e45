package jp.kakanai.kiosk.app;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import javax.smartcardio.TerminalFactory;
import jp.kakanai.kiosk.card.SystemTerminals;
import jp.kakanai.kiosk.card.emulated.DemoCards;
import jp.kakanai.kiosk.card.emulated.EmulatedReader;
import jp.kakanai.kiosk.card.emulated.EmulatedReaders;

/**
 * {@code desk --server URL [--allow-origin ORIGIN] [--port 8091] [--reader NAME] [--emulated-card]}: the
 * desk's card reader for the counter interview page of the server at URL. The page's origin defaults to
 * the server URL's; {@code --allow-origin} names it when the clerk's browser reaches the server under
 * another name (a proxy). No device token: the desk never calls the server, the clerk's page does.
 */
public final class RunDeskCommand {
    public static final String USAGE = "usage: desk --server URL [--allow-origin ORIGIN] [--port 8091]"
            + " [--reader NAME] [--emulated-card]";
    static final String DEMO_READER = "Desk reader";

    /** Starts the desk reader and blocks until the process is stopped; returns the exit code on bad usage. */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Parsed parsed;
        try {
            parsed = parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try (DeskApp desk = start(parsed)) {
            out.println("Kakanai desk card reader for the pages of " + parsed.settings().allowedOrigin()
                    + (parsed.emulated() ? " with an emulated My Number Card (PIN " + DemoCards.PIN + ") in '"
                    + DEMO_READER + "'" : ""));
            out.println("Listening on " + desk.url() + " (this PC only).");
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "desk-shutdown"));
            stopped.await();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (RuntimeException e) {
            err.println("The desk card reader could not start: " + e.getMessage());
            return 1;
        }
    }

    public static DeskApp start(Parsed parsed) {
        if (!parsed.emulated()) {
            return DeskApp.start(parsed.settings(), SystemTerminals::pcsc, Optional.empty());
        }
        EmulatedReaders readers = new EmulatedReaders();
        EmulatedReader reader = readers.addReader(DEMO_READER);
        reader.insert(DemoCards.myNumberCard());
        TerminalFactory factory = readers.terminalFactory();
        return DeskApp.start(parsed.settings(), () -> factory, Optional.of(reader));
    }

    public record Parsed(DeskSettings settings, boolean emulated) {
    }

    Parsed parse(List<String> args) {
        String server = null;
        String origin = null;
        int port = DeskSettings.DEFAULT_PORT;
        Optional<String> reader = Optional.empty();
        boolean emulated = false;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (option.equals("--emulated-card")) {
                emulated = true;
                continue;
            }
            if (option.equals("--token")) {
                throw new IllegalArgumentException("desk mode takes no token: the desk never calls the server, "
                        + "the clerk's logged-in page does");
            }
            if (!List.of("--server", "--allow-origin", "--port", "--reader").contains(option)) {
                throw new IllegalArgumentException("unknown option '" + option + "'");
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args.get(++i);
            switch (option) {
                case "--server" -> server = value;
                case "--allow-origin" -> origin = value;
                case "--port" -> port = RunKioskCommand.number(option, value);
                default -> reader = Optional.of(value);
            }
        }
        if (server == null && origin == null) {
            throw new IllegalArgumentException("--server is required (e.g. --server http://kakanai.town.local:8080)");
        }
        if (emulated && reader.isPresent() && !reader.get().equals(DEMO_READER)) {
            throw new IllegalArgumentException("--emulated-card uses the reader '" + DEMO_READER + "', not '" + reader.get() + "'");
        }
        if (server != null) {
            DeskSettings.origin(server); // a malformed --server is an error even when --allow-origin is given
        }
        return new Parsed(new DeskSettings(origin != null ? origin : server, port, reader), emulated);
    }
}
