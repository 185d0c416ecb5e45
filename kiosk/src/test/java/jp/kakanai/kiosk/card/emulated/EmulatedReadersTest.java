package jp.kakanai.kiosk.card.emulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.TerminalFactory;
import org.junit.jupiter.api.Test;

class EmulatedReadersTest {
    private static final CommandAPDU SELECT_AP = new CommandAPDU(0x00, 0xA4, 0x04, 0x0C, EmulatedMyNumberCard.AID);

    private final EmulatedReaders readers = new EmulatedReaders();

    @Test
    void isAnOrdinarySmartcardioTerminalFactory() throws Exception {
        EmulatedReader reader = readers.addReader("Kiosk reader");
        reader.insert(DemoCards.myNumberCard());
        TerminalFactory factory = readers.terminalFactory();

        assertThat(factory.getType()).isEqualTo("Emulated");
        CardTerminal terminal = factory.terminals().list().get(0);
        assertThat(terminal.getName()).isEqualTo("Kiosk reader");
        Card card = terminal.connect("*");
        assertThat(card.getATR().getBytes()).isEqualTo(EmulatedMyNumberCard.ATR);
        assertThat(card.getBasicChannel().transmit(SELECT_AP).getSW()).isEqualTo(0x9000);
    }

    @Test
    void connectingToAnEmptyReaderSaysNoCard() throws Exception {
        readers.addReader("Empty");
        CardTerminal terminal = readers.reader("Empty").orElseThrow();
        assertThat(terminal.isCardPresent()).isFalse();
        assertThatThrownBy(() -> terminal.connect("*")).isInstanceOf(CardNotPresentException.class);
    }

    @Test
    void aRemovedCardFailsTheNextCommand() throws Exception {
        EmulatedReader reader = readers.addReader("R");
        reader.insert(DemoCards.myNumberCard());
        Card card = reader.connect("*");
        reader.remove();
        assertThatThrownBy(() -> card.getBasicChannel().transmit(SELECT_AP))
                .isInstanceOf(CardException.class).hasMessageContaining("removed");
    }

    @Test
    void waitForChangeWakesOnInsertionAndReportsIt() throws Exception {
        EmulatedReader reader = readers.addReader("R");
        CardTerminals terminals = readers.terminalFactory().terminals();
        assertThat(terminals.waitForChange(10)).isFalse();

        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return terminals.waitForChange(5000);
            } catch (CardException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(50);
        reader.insert(DemoCards.myNumberCard());

        assertThat(waiting.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(terminals.list(CardTerminals.State.CARD_INSERTION)).containsExactly(reader);
        assertThat(terminals.list(CardTerminals.State.CARD_REMOVAL)).isEmpty();
    }

    @Test
    void anUnpluggedReaderDisappearsAndWaitingWithoutReadersFails() throws Exception {
        EmulatedReader reader = readers.addReader("R");
        CardTerminals terminals = readers.terminalFactory().terminals();
        reader.unplug();
        assertThat(terminals.list()).isEmpty();
        assertThatThrownBy(() -> terminals.waitForChange(10)).isInstanceOf(IllegalStateException.class);
        reader.plugIn();
        assertThat(terminals.list()).containsExactly(reader);
    }
}
