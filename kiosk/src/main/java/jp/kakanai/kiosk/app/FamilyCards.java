package jp.kakanai.kiosk.app;

import java.util.Objects;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.kiosk.card.CardReadResult;
import jp.kakanai.kiosk.card.IdCardReader;

/**
 * Family members' own My Number Cards on the household screen: each member puts their card on the reader
 * and enters its PIN, and the kiosk reads the name, birth date and sex (basic 4) for the household — no
 * writing, exact data, one tap per person (issue 15). While the page reads them, the applicant's card may
 * leave the reader without the session being wiped (the cards take turns on one reader); the idle timeout
 * still forgets everything. A member's reading is handed to the page and nowhere else: it reaches the
 * session only with the household the page sends. The applicant's own card is refused ({@code own-card}).
 *
 * <p>Thread-safe: the card watcher and the browser's requests both reach it.
 */
final class FamilyCards {
    private final KioskSession session;
    private final IdCardReader reader;
    /** The session generation in which the page reads members' cards; -1: not reading. */
    private long openIn = -1;

    FamilyCards(KioskSession session, IdCardReader reader) {
        this.session = Objects.requireNonNull(session);
        this.reader = Objects.requireNonNull(reader);
    }

    synchronized void open() {
        openIn = session.generation();
        session.touch();
    }

    synchronized void close() {
        openIn = -1;
    }

    /** Whether a card leaving the reader now is a family member's turn, not the resident walking away. */
    synchronized boolean reading() {
        return openIn == session.generation();
    }

    /** Reads the member's card on the reader with its PIN (wiped whatever happens). */
    CardAnswer read(char[] pin, BasicFourInfo applicant) {
        if (!reading()) {
            throw LocalProblem.notNow("Open the family members' card reading first.");
        }
        session.touch();
        CardReadResult result = reader.readBasicFour(pin);
        if (result instanceof CardReadResult.Read read && read.reading().basicFour().equals(applicant)) {
            return CardAnswer.ownCard();
        }
        return CardAnswer.of(result);
    }
}
