package jp.kakanai.kiosk.app;

import java.util.Objects;
import java.util.Optional;
import jp.kakanai.kiosk.card.CardPresence;
import jp.kakanai.kiosk.card.CardReadResult;
import jp.kakanai.kiosk.card.CardReading;
import jp.kakanai.kiosk.card.IdCardReader;

/**
 * The card reader at the kiosk: the resident's card with the PIN, the My Number when a form of the route prints
 * it, family members' own cards for the household, and a card left behind by the one before. What is read goes
 * into the {@link KioskSession}; the PIN arrays are wiped whatever happens (the reader's rule).
 */
public final class KioskCards {
    private final KioskSession session;
    private final IdCardReader reader;
    private final Optional<String> readerName;
    private final CardLeftBehind cardLeft = new CardLeftBehind();
    private final FamilyCards familyCards;

    KioskCards(KioskSession session, IdCardReader reader, Optional<String> readerName) {
        this.session = Objects.requireNonNull(session);
        this.reader = Objects.requireNonNull(reader);
        this.readerName = Objects.requireNonNull(readerName);
        this.familyCards = new FamilyCards(session, reader);
    }

    /** For the card watcher: the card leaving the reader wipes what was read from it. */
    public void presenceChanged(CardPresence presence) {
        boolean present = presence.cardPresent(readerName);
        cardLeft.presence(present);
        if (!present && !familyCards.reading()) {
            session.cardRemoved();
        }
    }

    /** How many cards were put on the reader since the kiosk started (the household screen sees a member's). */
    public long arrivals() {
        return cardLeft.arrivals();
    }

    /** A card left on the reader by the previous resident must be taken first: the page asks for it. */
    public boolean mustBeTaken() {
        return cardLeft.mustBeTaken();
    }

    /** The resident's session ended: a card still on the reader is asked for before the next one starts. */
    void sessionEnded() {
        cardLeft.sessionEnded();
    }

    /** Tries left, asked without spending one (the PIN pad shows them before the first digit). */
    public CardAnswer triesLeft() {
        if (cardLeft.mustBeTaken()) {
            return CardAnswer.cardLeft();
        }
        session.touch();
        return CardAnswer.of(reader.pinTriesLeft());
    }

    /** Verifies the PIN and reads the card; the PIN array is wiped whatever happens. */
    public CardAnswer read(char[] pin) {
        if (cardLeft.mustBeTaken()) {
            return CardAnswer.cardLeft();
        }
        session.touch();
        CardReadResult result = reader.readBasicFour(pin);
        if (result instanceof CardReadResult.Read read) {
            session.read(read.reading());
        }
        return CardAnswer.of(result);
    }

    /**
     * Reads the My Number (EF 0001) for the forms of the route that print it: a second PIN entry, so the
     * number is read only when a form needs it and no verified card session is held open meanwhile. The
     * card must be the one read first (a different card is refused and nothing of it is kept).
     */
    public CardAnswer readMyNumber(char[] pin) {
        CardReading first = ResidentAtKiosk.requireReading(session.snapshot());
        // 番号法: the number is collected only for a procedure whose form prints it, as the server's route says (the
        // town pack in force); without a route from the server the card is not even asked (fail closed).
        if (session.visit().navigation().map(MyNumberForms::neededBy).filter(forms -> !forms.isEmpty()).isEmpty()) {
            throw LocalProblem.notNow("No form of the chosen procedures prints the My Number, so it is not read.");
        }
        session.touch();
        CardReadResult result = reader.readBasicFourAndMyNumber(pin);
        if (!(result instanceof CardReadResult.Read read)) {
            return CardAnswer.of(result);
        }
        if (!read.reading().basicFour().equals(first.basicFour()) || read.reading().myNumber().isEmpty()) {
            return CardAnswer.otherCard();
        }
        session.myNumber(read.reading().myNumber().get());
        return CardAnswer.of(new CardReadResult.Read(first)).withMyNumber(read.reading().myNumber().get().masked());
    }

    /** The household screen reads family members' own cards: the applicant's card may leave the reader. */
    public void openFamilyCards() {
        ResidentAtKiosk.require(session.snapshot());
        familyCards.open();
    }

    public void closeFamilyCards() {
        familyCards.close();
    }

    /** A family member's card with its PIN: their name, birth date and sex for the household, kept nowhere. */
    public CardAnswer readFamilyMember(char[] pin) {
        return familyCards.read(pin, ResidentAtKiosk.require(session.snapshot()).basicFour());
    }
}
