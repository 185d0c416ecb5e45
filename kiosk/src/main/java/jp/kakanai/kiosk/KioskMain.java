package jp.kakanai.kiosk;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import jp.kakanai.kiosk.app.RunDeskCommand;
import jp.kakanai.kiosk.app.RunKioskCommand;
import jp.kakanai.kiosk.card.ReadCardCommand;
import jp.kakanai.kiosk.card.SystemTerminals;

/** The kiosk program's entry: {@code java -jar kiosk.jar <command> ...}. */
public final class KioskMain {
    private static final String USAGE = String.join("\n",
            "usage: java -jar kiosk.jar <command> [options]",
            "commands:",
            "  read-card --pin NNNN [--reader NAME]   read the basic 4 info from a My Number Card or driver's licence as JSON",
            "  run --server URL --token T [--port 8090] [--emulated-card] [--reader NAME] [--idle-seconds 120]",
            "                                          start the kiosk app (touch UI on http://127.0.0.1:PORT/)",
            "  desk --server URL [--allow-origin ORIGIN] [--port 8091] [--emulated-card] [--reader NAME]",
            "                                          the desk's card reader for the server's counter interview page");

    private KioskMain() {
    }

    public static void main(String[] args) {
        // Before any JDK HTTP server class loads: see KioskApp.NO_DELAY_PROPERTY.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        // UTF-8 whatever the locale: names and addresses are Japanese.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs one command and returns its exit code (tests call this in-process). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(USAGE);
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        switch (args[0]) {
            case "read-card":
                return new ReadCardCommand(SystemTerminals.pcsc()).run(rest, out, err);
            case "run":
                return new RunKioskCommand(System.getenv()).run(rest, out, err);
            case "desk":
                return new RunDeskCommand().run(rest, out, err);
            default:
                err.println("unknown command '" + args[0] + "'");
                err.println(USAGE);
                return 2;
        }
    }
}
