package jp.kakanai.kiosk.card;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import jp.kakanai.kiosk.card.emulated.DemoCards;
import jp.kakanai.kiosk.card.emulated.EmulatedReaders;
import jp.kakanai.kiosk.card.emulated.VpcdBridge;

/**
 * Benchmark main (issue 4 §8): reads per second and, per read, the software's own time against the
 * time spent waiting on the card (inside {@code transmit}: reader stack, card), for the emulated card
 * in the JVM and behind the real pcscd + vpcd. Command and figures: docs/card.md.
 *
 * <p>Arguments: [in-JVM reads, default 20000] [vpcd reads, default 200].
 */
public final class CardReadBenchmark {
    private CardReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int inJvm = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int overVpcd = args.length > 1 ? Integer.parseInt(args[1]) : 200;

        EmulatedReaders readers = new EmulatedReaders();
        readers.addReader("Bench").insert(DemoCards.myNumberCard());
        IdCardReader emulated = new IdCardReader(readers.terminalFactory());
        System.out.println("path                          reads  reads/s  APDUs  session ms  transmit ms  connect+reset ms  software ms");
        run("in-JVM emulated, basic 4", emulated, inJvm, r -> r.readBasicFour("1234".toCharArray()));
        run("in-JVM emulated, + My Number", emulated, inJvm, r -> r.readBasicFourAndMyNumber("1234".toCharArray()));

        try (PcscDaemon pcscd = PcscDaemon.ensureRunning(Path.of("target", "pcscd-benchmark.log"));
             VpcdBridge card = VpcdBridge.insert(DemoCards.myNumberCard())) {
            IdCardReader real = new IdCardReader(SystemTerminals.pcsc(), Optional.of(VpcdBridge.SLOT_0_READER),
                    Duration.ofSeconds(10));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!real.isCardPresent() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            run("pcscd + vpcd, basic 4", real, overVpcd, r -> r.readBasicFour("1234".toCharArray()));
            run("pcscd + vpcd, + My Number", real, overVpcd, r -> r.readBasicFourAndMyNumber("1234".toCharArray()));
            try (VpcdBridge licence = swap(card)) {
                run("pcscd + vpcd, licence", real, overVpcd / 2, r -> r.readBasicFour("1234".toCharArray()));
            }
        }
    }

    private static VpcdBridge swap(VpcdBridge myNumberCard) throws Exception {
        myNumberCard.close();
        Thread.sleep(1000);
        VpcdBridge licence = VpcdBridge.insert(DemoCards.driversLicence());
        Thread.sleep(1000);
        return licence;
    }

    private static void run(String name, IdCardReader reader, int reads, Function<IdCardReader, CardReadResult> read) {
        for (int i = 0; i < Math.min(reads / 10 + 1, 50); i++) {
            expectRead(read.apply(reader));
        }
        long transmit = 0;
        long connect = 0;
        long software = 0;
        long session = 0;
        int commands = 0;
        long start = System.nanoTime();
        for (int i = 0; i < reads; i++) {
            expectRead(read.apply(reader));
            IdCardReader.SessionStats s = reader.lastSession();
            transmit += s.transmitNanos();
            connect += s.connectNanos();
            software += s.softwareNanos();
            session += s.sessionNanos();
            commands = s.commands();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-29s %6d %8.1f %6d %11.3f %12.3f %17.3f %12.3f%n", name, reads, reads / seconds, commands,
                session / 1e6 / reads, transmit / 1e6 / reads, connect / 1e6 / reads, software / 1e6 / reads);
    }

    private static void expectRead(CardReadResult r) {
        if (!(r instanceof CardReadResult.Read)) {
            throw new IllegalStateException("benchmark read failed: " + ((CardError) r).message());
        }
    }
}
