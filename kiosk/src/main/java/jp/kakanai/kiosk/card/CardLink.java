package jp.kakanai.kiosk.card;

import java.time.Duration;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;

/**
 * Connecting to the card in a reader and letting go of it, and telling why an exchange failed: a pulled
 * card, a reader unplugged, or a card that stopped answering properly. {@link IdCardReader}'s sessions use it.
 */
final class CardLink {
    private CardLink() {
    }

    static Card connect(CardTerminal terminal) throws CardProblem {
        try {
            return terminal.connect("*");
        } catch (CardNotPresentException e) {
            throw new CardProblem(new CardError.NoCard(terminal.getName()));
        } catch (CardException e) {
            if (!TerminalChoice.present(terminal)) {
                throw new CardProblem(new CardError.NoCard(terminal.getName()));
            }
            throw CardProblem.failure("could not connect to the card (" + e.getMessage() + ")");
        }
    }

    /** {@code removalGrace}: how long to wait to see whether the card was pulled. */
    static CardError whyCommunicationFailed(TerminalFactory factory, CardTerminal terminal, CardException e,
                                            Duration removalGrace) {
        boolean readerThere;
        try {
            readerThere = factory.terminals().list().stream().anyMatch(t -> t.getName().equals(terminal.getName()));
        } catch (CardException | RuntimeException listing) {
            readerThere = false;
        }
        if (!readerThere) {
            return new CardError.NoReader("the reader " + terminal.getName() + " was disconnected during reading");
        }
        String why = String.valueOf(e.getMessage()) + (e.getCause() == null ? "" : " " + e.getCause().getMessage());
        if (why.contains("REMOVED") || why.contains("NO_SMARTCARD") || goneWithinGrace(terminal, removalGrace)) {
            return new CardError.CardRemoved();
        }
        return new CardError.CardFailure("communication with the card failed (" + e.getMessage() + ")");
    }

    /** PC/SC learns of a pulled card by polling (about 0.4 s with vpcd): wait that long for it. */
    private static boolean goneWithinGrace(CardTerminal terminal, Duration removalGrace) {
        try {
            // waitForCardAbsent(0) would wait for ever.
            return !terminal.isCardPresent()
                    || (removalGrace.toMillis() > 0 && terminal.waitForCardAbsent(removalGrace.toMillis()));
        } catch (CardException | RuntimeException e) {
            return true;
        }
    }

    static void disconnect(Card card, boolean reset) {
        try {
            card.disconnect(reset);
        } catch (CardException | RuntimeException e) {
            // Card gone or already disconnected: nothing is left to release.
        }
    }
}
