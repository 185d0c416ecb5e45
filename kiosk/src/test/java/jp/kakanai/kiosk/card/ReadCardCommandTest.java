package jp.kakanai.kiosk.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.kakanai.kiosk.card.emulated.DemoCards;
import jp.kakanai.kiosk.card.emulated.EmulatedMyNumberCard;
import jp.kakanai.kiosk.card.emulated.EmulatedReaders;
import org.junit.jupiter.api.Test;

class ReadCardCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(EmulatedReaders readers, String... args) {
        return new ReadCardCommand(readers.terminalFactory()).run(List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheBasicFourInfoAsOneJsonObject() throws Exception {
        int code = run(TestReaders.withCard(DemoCards.myNumberCard()), "--pin", "1234");

        assertThat(code).isZero();
        assertThat(out().lines()).hasSize(1);
        assertThat(new ObjectMapper().readValue(out(), Map.class)).isEqualTo(Map.of(
                "cardType", "mynumber",
                "name", "山田 花子",
                "address", DemoCards.RESIDENT.address(),
                "birthDate", "1989-01-07",
                "sex", "2"));
    }

    @Test
    void escapesQuotesAndBackslashesInTheJson() throws Exception {
        EmulatedMyNumberCard card = EmulatedMyNumberCard.builder().address("\"Annex\" 1\\2").build();
        run(TestReaders.withCard(card), "--pin", "1234");
        assertThat(new ObjectMapper().readValue(out(), Map.class).get("address")).isEqualTo("\"Annex\" 1\\2");
    }

    @Test
    void wrongPinPrintsTriesLeft() {
        int code = run(TestReaders.withCard(DemoCards.myNumberCard()), "--pin", "4321");

        assertThat(code).isEqualTo(ReadCardCommand.ExitCode.WRONG_PIN);
        assertThat(err()).contains("Wrong PIN: 2 tries left.");
        assertThat(out()).isEmpty();
    }

    @Test
    void eachFailureHasItsOwnMessageAndExitCode() {
        EmulatedReaders empty = new EmulatedReaders();
        assertThat(run(empty, "--pin", "1234")).isEqualTo(ReadCardCommand.ExitCode.NO_READER);
        empty.addReader("Reader A");
        assertThat(run(empty, "--pin", "1234")).isEqualTo(ReadCardCommand.ExitCode.NO_CARD);
        assertThat(run(TestReaders.withCard(EmulatedMyNumberCard.builder().triesLeft(0).build()), "--pin", "1234"))
                .isEqualTo(ReadCardCommand.ExitCode.PIN_LOCKED);
        assertThat(run(TestReaders.withCard(EmulatedMyNumberCard.builder().triesLeft(1).build()), "--pin", "1234"))
                .isEqualTo(ReadCardCommand.ExitCode.ONE_TRY_LEFT);

        assertThat(err()).contains("No card reader: no reader is connected")
                .contains("No card in the reader Reader A.")
                .contains("PIN is locked")
                .contains("Only one PIN try is left");
    }

    @Test
    void readerOptionPicksTheReader() {
        EmulatedReaders readers = TestReaders.withCard(DemoCards.myNumberCard());
        readers.addReader("Reader B");
        assertThat(run(readers, "--pin", "1234", "--reader", "Reader B")).isEqualTo(ReadCardCommand.ExitCode.NO_CARD);
        assertThat(run(readers, "--pin", "1234", "--reader", "Reader A")).isZero();
    }

    @Test
    void unknownOptionsGiveTheUsage() {
        assertThat(run(new EmulatedReaders(), "--pn", "1234")).isEqualTo(ReadCardCommand.ExitCode.USAGE);
        assertThat(err()).contains("usage: read-card");
    }
}
