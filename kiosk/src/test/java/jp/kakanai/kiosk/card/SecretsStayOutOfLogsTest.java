package jp.kakanai.kiosk.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import jp.kakanai.kiosk.CapturedOutput;
import jp.kakanai.kiosk.card.emulated.ApduCard;
import jp.kakanai.kiosk.card.emulated.EmulatedMyNumberCard;
import jp.kakanai.kiosk.card.emulated.EmulatedReader;
import jp.kakanai.kiosk.card.emulated.EmulatedReaders;
import org.junit.jupiter.api.Test;

/**
 * Issue 4 §1 and §3: the PIN and the My Number never reach a log, stdout, stderr or an exception
 * message. A full run — CLI, reads with and without the My Number, wrong PIN, pulled card, a card
 * that breaks the reader, the presence watcher — runs with every log level on and both standard
 * streams captured; then the capture is searched for the secrets, as text and as APDU hex.
 */
class SecretsStayOutOfLogsTest {
    private static final String PIN = "7294";
    private static final String MY_NUMBER = "987654321093";

    @Test
    void noPinAndNoMyNumberInAnyOutputOfAFullRun() throws Exception {
        assertThat(MyNumber.of(MY_NUMBER).digits()).isEqualTo(MY_NUMBER);
        String text = CapturedOutput.of(SecretsStayOutOfLogsTest::fullRun);

        assertThat(text).as("the run produced output to search").contains("Wrong PIN").contains("MyNumber[");
        for (String secret : List.of(PIN, MY_NUMBER, hex(PIN), spacedHex(PIN), hex(MY_NUMBER), spacedHex(MY_NUMBER))) {
            assertThat(text).doesNotContainIgnoringCase(secret);
        }
    }

    private static void fullRun(PrintStream log) throws Exception {
        System.Logger logger = System.getLogger("kakanai.test.fullRun");
        EmulatedReaders readers = new EmulatedReaders();
        EmulatedReader reader = readers.addReader("Reader A");
        try (CardPresenceWatcher watcher = CardPresenceWatcher.start(readers::terminalFactory, Duration.ofMillis(20))) {
            watcher.subscribe(p -> logger.log(System.Logger.Level.INFO, "presence {0}", p));
            EmulatedMyNumberCard card = card().build();
            reader.insert(card);

            ReadCardCommand cli = new ReadCardCommand(readers.terminalFactory());
            cli.run(List.of("--pin", "1111"), log, log);
            cli.run(List.of("--pin", PIN), log, log);

            IdCardReader idReader = new IdCardReader(readers.terminalFactory());
            logger.log(System.Logger.Level.DEBUG, "tries {0}", idReader.pinTriesLeft());
            CardReadResult withNumber = idReader.readBasicFourAndMyNumber(PIN.toCharArray());
            logger.log(System.Logger.Level.INFO, "read {0}", withNumber);
            logger.log(System.Logger.Level.INFO, "number {0}", ((CardReadResult.Read) withNumber).reading().myNumber());

            reader.insert(card().myNumber(MY_NUMBER.substring(0, 11) + "0").build());
            logger.log(System.Logger.Level.WARNING, "bad check digit {0}", idReader.readBasicFourAndMyNumber(PIN.toCharArray()));

            reader.insert(TestReaders.pulledAtCommand(card().build(), 4, reader));
            logger.log(System.Logger.Level.WARNING, "pulled {0}", idReader.readBasicFour(PIN.toCharArray()));

            reader.insert(breaksAtVerify(card().build()));
            CardReadResult broken = idReader.readBasicFour(PIN.toCharArray());
            logger.log(System.Logger.Level.ERROR, "broken {0}", broken);
            assertThat(broken).isInstanceOf(CardError.Unexpected.class);

            IdCardReader named = new IdCardReader(readers.terminalFactory(), Optional.of("Reader B"), Duration.ofSeconds(2));
            logger.log(System.Logger.Level.WARNING, "{0}", named.readBasicFour(PIN.toCharArray()));
        }
    }

    private static EmulatedMyNumberCard.Builder card() {
        return EmulatedMyNumberCard.builder().pin(PIN).myNumber(MY_NUMBER);
    }

    /** A card whose answer to VERIFY breaks the reader with an exception carrying the command. */
    private static ApduCard breaksAtVerify(ApduCard card) {
        return new TestReaders.Delegating(card) {
            @Override
            public byte[] process(byte[] command) {
                if (command[1] == 0x20 && command.length > 4) {
                    throw new IllegalStateException("card firmware fault");
                }
                return super.process(command);
            }
        };
    }

    private static String hex(String ascii) {
        return HexFormat.of().formatHex(ascii.getBytes(StandardCharsets.US_ASCII));
    }

    private static String spacedHex(String ascii) {
        return HexFormat.ofDelimiter(" ").formatHex(ascii.getBytes(StandardCharsets.US_ASCII));
    }
}
