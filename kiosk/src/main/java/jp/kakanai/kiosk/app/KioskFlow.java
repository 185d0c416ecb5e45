package jp.kakanai.kiosk.app;

import java.util.Objects;
import java.util.Optional;
import jp.kakanai.kiosk.card.IdCardReader;
import jp.kakanai.kiosk.checkin.AddressClient;
import jp.kakanai.kiosk.checkin.CheckInClient;
import jp.kakanai.kiosk.navigation.NavigationClient;

/**
 * The resident's way through the kiosk, behind the local API: read the card with the PIN ({@link KioskCards}),
 * choose the life event and answer the server's questions ({@link KioskQuestions}), check in
 * ({@link KioskCheckIn}); everything held in one {@link KioskSession}, forgotten at the end. The resources stay
 * thin; the rules are in these parts.
 */
public final class KioskFlow implements AutoCloseable {
    private final KioskSession session;
    private final KioskCards cards;
    private final KioskQuestions questions;
    private final KioskCheckIn checkIn;

    public KioskFlow(KioskSession session, IdCardReader reader, CheckInClient checkIns, NavigationClient navigation,
                     AddressClient addresses, Optional<String> readerName) {
        this.session = Objects.requireNonNull(session);
        this.cards = new KioskCards(session, reader, readerName);
        this.questions = new KioskQuestions(session, navigation, addresses);
        this.checkIn = new KioskCheckIn(session, questions, checkIns, navigation);
    }

    public KioskSession session() {
        return session;
    }

    public KioskCards cards() {
        return cards;
    }

    public KioskQuestions questions() {
        return questions;
    }

    public KioskCheckIn checkIn() {
        return checkIn;
    }

    public void touch() {
        session.touch();
    }

    /** The resident finished or started over: everything is forgotten, a card left behind is asked for. */
    public void reset() {
        session.wipe(ResetReason.RESIDENT);
        cards.sessionEnded();
    }

    /** For the idle timer: after the timeout everything is forgotten, a card left behind is asked for. */
    public void expireIfIdle() {
        if (session.expireIfIdle()) {
            cards.sessionEnded();
        }
    }

    @Override
    public void close() {
        checkIn.close();
    }
}
