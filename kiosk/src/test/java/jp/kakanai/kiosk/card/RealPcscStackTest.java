package jp.kakanai.kiosk.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;
import jp.kakanai.kiosk.KioskMain;
import jp.kakanai.kiosk.card.emulated.ApduCard;
import jp.kakanai.kiosk.card.emulated.DemoCards;
import jp.kakanai.kiosk.card.emulated.EmulatedMyNumberCard;
import jp.kakanai.kiosk.card.emulated.VpcdBridge;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The whole path through the real PC/SC stack: emulated cards connect to vsmartcard's vpcd inside a
 * real pcscd, and javax.smartcardio's own PC/SC provider reads them. Starts pcscd once for all cases
 * (and stops it) unless one is already running. The only slow card test class: keep cases few.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RealPcscStackTest {
    private static PcscDaemon pcscd;

    @BeforeAll
    static void startPcscd() throws Exception {
        try {
            pcscd = PcscDaemon.ensureRunning(Path.of("target", "pcscd.log"));
        } catch (IllegalStateException e) {
            fail(e.getMessage());
        }
    }

    @AfterAll
    static void stopPcscd() {
        if (pcscd != null) {
            pcscd.close();
        }
    }

    /** Inserts the card into vpcd slot 0 and waits until PC/SC sees it. */
    private static VpcdBridge insert(ApduCard card) throws Exception {
        CardTerminal terminal = SystemTerminals.pcsc().terminals().getTerminal(VpcdBridge.SLOT_0_READER);
        assertThat(terminal).as("PC/SC reader " + VpcdBridge.SLOT_0_READER).isNotNull();
        terminal.waitForCardAbsent(5000);
        VpcdBridge bridge = VpcdBridge.insert(card);
        assertThat(terminal.waitForCardPresent(10_000)).as("card present in " + VpcdBridge.SLOT_0_READER).isTrue();
        return bridge;
    }

    @Test
    void readsAnEmulatedMyNumberCardThroughPcscd() throws Exception {
        EmulatedMyNumberCard card = DemoCards.myNumberCard();
        try (VpcdBridge bridge = insert(card)) {
            IdCardReader reader = new IdCardReader(SystemTerminals.pcsc());

            assertThat(reader.pinTriesLeft()).isEqualTo(new PinTriesResult.TriesLeft(CardType.MY_NUMBER_CARD, 3));
            CardReadResult wrong = reader.readBasicFour("0000".toCharArray());
            CardReadResult right = reader.readBasicFour("1234".toCharArray());

            assertThat(wrong).isEqualTo(new CardError.WrongPin(CardType.MY_NUMBER_CARD, 2));
            assertThat(right).isInstanceOf(CardReadResult.Read.class);
            assertThat(((CardReadResult.Read) right).reading().basicFour()).isEqualTo(DemoCards.RESIDENT);
            assertThat(card.triesLeft()).isEqualTo(3);
        }
    }

    /**
     * The command in a JVM of its own, as {@code java -jar kiosk.jar read-card} runs: there pcscd is
     * up before javax.smartcardio loads, so {@code TerminalFactory.getDefault()} is the PC/SC one.
     */
    @Test
    void readCardCommandPrintsJsonThroughPcscd() throws Exception {
        try (VpcdBridge bridge = insert(DemoCards.myNumberCard())) {
            Process cli = kioskMain("read-card", "--pin", "1234", "--reader", VpcdBridge.SLOT_0_READER);
            String out = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(cli.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(cli.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(cli.exitValue()).as(err).isZero();
            assertThat(new ObjectMapper().readValue(out, Map.class))
                    .containsEntry("name", DemoCards.RESIDENT.name())
                    .containsEntry("address", DemoCards.RESIDENT.address())
                    .containsEntry("birthDate", "1989-01-07")
                    .containsEntry("sex", "2");
        }
    }

    @Test
    void readCardCommandReportsAWrongPinThroughPcscd() throws Exception {
        EmulatedMyNumberCard card = DemoCards.myNumberCard();
        try (VpcdBridge bridge = insert(card)) {
            Process cli = kioskMain("read-card", "--pin", "9876");
            String err = new String(cli.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(cli.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(cli.exitValue()).isEqualTo(ReadCardCommand.ExitCode.WRONG_PIN);
            assertThat(err).contains("Wrong PIN: 2 tries left.");
            assertThat(card.triesLeft()).isEqualTo(2);
        }
    }

    private static Process kioskMain(String... args) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
                KioskMain.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    @Test
    void aCardPulledFromVpcdBeforeReadingIsNoCard() throws Exception {
        VpcdBridge bridge = insert(DemoCards.myNumberCard());
        bridge.close();
        CardTerminal terminal = SystemTerminals.pcsc().terminals().getTerminal(VpcdBridge.SLOT_0_READER);
        assertThat(terminal.waitForCardAbsent(10_000)).isTrue();

        IdCardReader reader = new IdCardReader(SystemTerminals.pcsc(), Optional.of(VpcdBridge.SLOT_0_READER),
                Duration.ofSeconds(10));
        assertThat(reader.readBasicFour("1234".toCharArray())).isEqualTo(new CardError.NoCard(VpcdBridge.SLOT_0_READER));
    }

    @Test
    void readsAnEmulatedDriversLicenceThroughPcscd() throws Exception {
        try (VpcdBridge bridge = insert(DemoCards.driversLicence())) {
            CardReadResult result = new IdCardReader(SystemTerminals.pcsc()).readBasicFour("1234".toCharArray());

            assertThat(result).isInstanceOf(CardReadResult.Read.class);
            CardReading reading = ((CardReadResult.Read) result).reading();
            assertThat(reading.cardType()).isEqualTo(CardType.DRIVERS_LICENCE);
            assertThat(reading.basicFour().name()).isEqualTo("山田　花子");
            assertThat(reading.licence().orElseThrow().expiryDate()).isEqualTo(java.time.LocalDate.of(2030, 2, 7));
        }
    }

    @Test
    void aCardPulledMidReadIsCardRemovedThroughPcscd() throws Exception {
        AtomicReference<VpcdBridge> bridge = new AtomicReference<>();
        ApduCard pulledAtFifth = TestReaders.closingAtCommand(DemoCards.myNumberCard(), 5, () -> bridge.get().close());
        bridge.set(insert(pulledAtFifth));
        try {
            CardReadResult result = new IdCardReader(SystemTerminals.pcsc(), Optional.of(VpcdBridge.SLOT_0_READER),
                    Duration.ofSeconds(10)).readBasicFour("1234".toCharArray());
            assertThat(result).isEqualTo(new CardError.CardRemoved());
        } finally {
            bridge.get().close();
        }
    }

    @Test
    void aCardThatStopsAnsweringTimesOutThroughPcscd() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        VpcdBridge bridge = insert(TestReaders.silentFromCommand(DemoCards.myNumberCard(), 2, release));
        try {
            CardReadResult result = new IdCardReader(SystemTerminals.pcsc(), Optional.of(VpcdBridge.SLOT_0_READER),
                    Duration.ofSeconds(2)).readBasicFour("1234".toCharArray());
            assertThat(result).isEqualTo(new CardError.NotResponding(2000));
        } finally {
            bridge.close();
            release.countDown();
        }
    }

    @Test
    void theWatcherSeesACardPutOnAndTakenOffThroughPcscd() throws Exception {
        BlockingQueue<CardPresence> events = new LinkedBlockingQueue<>();
        try (CardPresenceWatcher watcher = CardPresenceWatcher.start(SystemTerminals::pcsc, Duration.ofMillis(200))) {
            watcher.subscribe(events::add);
            VpcdBridge bridge = insert(DemoCards.myNumberCard());
            awaitEvent(events, p -> p.cardPresent(Optional.of(VpcdBridge.SLOT_0_READER)));
            bridge.close();
            awaitEvent(events, p -> p.anyReader() && !p.cardPresent(Optional.of(VpcdBridge.SLOT_0_READER)));
        }
    }

    private static void awaitEvent(BlockingQueue<CardPresence> events, Predicate<CardPresence> wanted)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            CardPresence p = events.poll(100, TimeUnit.MILLISECONDS);
            if (p != null && wanted.test(p)) {
                return;
            }
        }
        throw new AssertionError("no matching card presence event from PC/SC within 10 s");
    }
}
