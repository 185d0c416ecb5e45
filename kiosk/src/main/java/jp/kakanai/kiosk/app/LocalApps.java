package jp.kakanai.kiosk.app;

import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.smartcardio.TerminalFactory;
import jp.kakanai.kiosk.card.SystemTerminals;
import jp.kakanai.kiosk.card.emulated.DemoCards;
import jp.kakanai.kiosk.card.emulated.EmulatedReader;
import jp.kakanai.kiosk.card.emulated.EmulatedReaders;

/** Starting the kiosk's local apps (kiosk, desk) on real PC/SC or on the demo's emulated card, and serving until stopped. */
final class LocalApps {
    private LocalApps() {
    }

    /** How an app starts: its card readers, and the demo reader whose card can be taken out (empty on real hardware). */
    interface Starter<A> {
        A start(Supplier<TerminalFactory> terminals, Optional<EmulatedReader> demoReader);
    }

    /**
     * Real PC/SC, or, for a demo, an in-JVM reader named {@code demoReaderName} holding the demo resident's
     * My Number Card (PIN 1234): no card reader and no pcscd needed.
     */
    static <A> A start(boolean emulated, String demoReaderName, Starter<A> starter) {
        if (!emulated) {
            return starter.start(SystemTerminals::pcsc, Optional.empty());
        }
        EmulatedReaders readers = new EmulatedReaders();
        EmulatedReader reader = readers.addReader(demoReaderName);
        reader.insert(DemoCards.myNumberCard());
        TerminalFactory factory = readers.terminalFactory();
        return starter.start(() -> factory, Optional.of(reader));
    }

    /** What the demo prints after the app's name. */
    static String demoCardNote(boolean emulated, String demoReaderName) {
        return emulated ? " with an emulated My Number Card (PIN " + DemoCards.PIN + ") in '" + demoReaderName + "'" : "";
    }

    /** Serves until the process is stopped (Ctrl-C, SIGTERM); 0, or 1 with the reason when the app cannot start. */
    static <A extends AutoCloseable> int serveUntilStopped(Supplier<A> start, String what, PrintStream err,
                                                          Consumer<A> started) {
        try (A app = start.get()) {
            started.accept(app);
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, what + "-shutdown"));
            stopped.await();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (RuntimeException e) {
            err.println("The " + what + " could not start: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("The " + what + " did not stop cleanly: " + e.getMessage());
            return 1;
        }
    }
}
