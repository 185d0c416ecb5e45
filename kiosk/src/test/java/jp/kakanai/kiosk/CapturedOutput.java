package jp.kakanai.kiosk;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Everything a piece of code writes while it runs: every java.util.logging / System.Logger record at every
 * level (formatted with its parameters), stdout and stderr. For the tests that search it for secrets.
 */
public final class CapturedOutput {
    private CapturedOutput() {
    }

    /** What the code wrote; the code gets the capturing stream too (for a CLI's out and err). */
    @FunctionalInterface
    public interface Run {
        void run(PrintStream capture) throws Exception;
    }

    public static String of(Run code) throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        Logger root = Logger.getLogger("");
        Level rootLevel = root.getLevel();
        Handler handler = new Handler() {
            private final SimpleFormatter formatter = new SimpleFormatter();

            @Override
            public void publish(LogRecord r) {
                capture.print(formatter.format(r));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        PrintStream out = System.out;
        PrintStream err = System.err;
        root.addHandler(handler);
        root.setLevel(Level.ALL);
        System.setOut(capture);
        System.setErr(capture);
        try {
            code.run(capture);
        } finally {
            System.setOut(out);
            System.setErr(err);
            root.removeHandler(handler);
            root.setLevel(rootLevel);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
