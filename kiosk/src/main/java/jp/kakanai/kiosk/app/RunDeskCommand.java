package jp.kakanai.kiosk.app;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
        return LocalApps.serveUntilStopped(() -> start(parsed), "desk card reader", err, desk -> {
            out.println("Kakanai desk card reader for the pages of " + parsed.settings().allowedOrigin()
                    + LocalApps.demoCardNote(parsed.emulated(), DEMO_READER));
            out.println("Listening on " + desk.url() + " (this PC only).");
        });
    }

    public static DeskApp start(Parsed parsed) {
        return LocalApps.start(parsed.emulated(), DEMO_READER,
                (terminals, demoReader) -> DeskApp.start(parsed.settings(), terminals, demoReader));
    }

    public record Parsed(DeskSettings settings, boolean emulated) {
    }

    Parsed parse(List<String> args) {
        if (args.contains("--token")) {
            throw new IllegalArgumentException("desk mode takes no token: the desk never calls the server, "
                    + "the clerk's logged-in page does");
        }
        CommandOptions options = CommandOptions.parse(args, Set.of("--emulated-card"),
                Set.of("--server", "--allow-origin", "--port", "--reader"));
        Optional<String> server = options.value("--server");
        Optional<String> origin = options.value("--allow-origin");
        Optional<String> reader = options.value("--reader");
        boolean emulated = options.has("--emulated-card");
        if (server.isEmpty() && origin.isEmpty()) {
            throw new IllegalArgumentException("--server is required (e.g. --server http://kakanai.town.local:8080)");
        }
        if (emulated && reader.isPresent() && !reader.get().equals(DEMO_READER)) {
            throw new IllegalArgumentException("--emulated-card uses the reader '" + DEMO_READER + "', not '" + reader.get() + "'");
        }
        server.ifPresent(DeskSettings::origin); // a malformed --server is an error even when --allow-origin is given
        return new Parsed(new DeskSettings(origin.orElseGet(server::get),
                options.number("--port", DeskSettings.DEFAULT_PORT), reader), emulated);
    }
}
