package jp.kakanai.kiosk.card;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.smartcardio.TerminalFactory;
import jp.kakanai.kiosk.card.emulated.VpcdBridge;

/**
 * The real pcscd with vsmartcard's vpcd reader, for the real-stack test and the benchmark: uses a
 * running pcscd that lists vpcd's reader, else starts {@code pcscd --foreground --auto-exit} as a
 * child and stops it on {@link #close()} (and at JVM exit, should a test run be killed).
 */
final class PcscDaemon implements AutoCloseable {
    private static final Path PCSCD = Path.of("/usr/sbin/pcscd");
    private static final Path VPCD_DRIVER = Path.of("/usr/lib/pcsc/drivers/serial/libifdvpcd.so");
    private final Process started;

    private PcscDaemon(Process started) {
        this.started = started;
    }

    /** @throws IllegalStateException with what to install or where to look when pcscd cannot serve */
    static PcscDaemon ensureRunning(Path log) throws IOException, InterruptedException {
        if (!Files.isExecutable(PCSCD) || !Files.exists(VPCD_DRIVER)) {
            throw new IllegalStateException("pcscd and vsmartcard-vpcd must be installed for real-stack card"
                    + " tests: run scripts/ensure-packages.sh (apt-get install pcscd vsmartcard-vpcd)");
        }
        if (vpcdReaderListed()) {
            return new PcscDaemon(null);
        }
        Files.createDirectories(log.toAbsolutePath().getParent());
        Process p = new ProcessBuilder(PCSCD.toString(), "--foreground", "--auto-exit")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PcscDaemon daemon = new PcscDaemon(p);
        Runtime.getRuntime().addShutdownHook(new Thread(daemon::close));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!vpcdReaderListed()) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                daemon.close();
                throw new IllegalStateException("pcscd did not start with the reader " + VpcdBridge.SLOT_0_READER
                        + "; see " + log.toAbsolutePath() + ":\n" + Files.readString(log));
            }
            Thread.sleep(100);
        }
        return daemon;
    }

    /**
     * True when a pcscd answers and lists vpcd's reader. Asks through getInstance, which, unlike
     * getDefault, does not remember a failure for the rest of the JVM.
     */
    private static boolean vpcdReaderListed() {
        try {
            return TerminalFactory.getInstance("PC/SC", null).terminals().list().stream()
                    .anyMatch(t -> t.getName().equals(VpcdBridge.SLOT_0_READER));
        } catch (Exception e) {
            return false;
        }
    }

    /** Stops pcscd if this object started it. */
    @Override
    public void close() {
        if (started == null || !started.isAlive()) {
            return;
        }
        started.destroy();
        try {
            if (!started.waitFor(5, TimeUnit.SECONDS)) {
                started.destroyForcibly();
            }
        } catch (InterruptedException e) {
            started.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
