package jp.kakanai.kiosk.app;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.forms.navigation.LifeEvent;
import jp.kakanai.kiosk.card.CardPresence;
import jp.kakanai.kiosk.card.CardReadResult;
import jp.kakanai.kiosk.card.CardReading;
import jp.kakanai.kiosk.card.IdCardReader;
import jp.kakanai.kiosk.checkin.CheckInClient;
import jp.kakanai.kiosk.checkin.CheckInOutcome;

/**
 * The resident's way through the kiosk, behind the local API: read the card with the PIN, choose the
 * life event, check in. The resources stay thin; the rules are here.
 */
public final class KioskFlow {
    private final KioskSession session;
    private final IdCardReader reader;
    private final CheckInClient checkIns;
    private final Optional<String> readerName;
    /** One check-in at a time: a double tap waits for the first attempt and then sees its ticket. */
    private final Object checkInLock = new Object();

    public KioskFlow(KioskSession session, IdCardReader reader, CheckInClient checkIns, Optional<String> readerName) {
        this.session = Objects.requireNonNull(session);
        this.reader = Objects.requireNonNull(reader);
        this.checkIns = Objects.requireNonNull(checkIns);
        this.readerName = Objects.requireNonNull(readerName);
    }

    public KioskSession session() {
        return session;
    }

    /** For the card watcher: the card leaving the reader wipes what was read from it. */
    public void presenceChanged(CardPresence presence) {
        if (!presence.cardPresent(readerName)) {
            session.cardRemoved();
        }
    }

    /** Tries left, asked without spending one (the PIN pad shows them before the first digit). */
    public CardAnswer triesLeft() {
        session.touch();
        return CardAnswer.of(reader.pinTriesLeft());
    }

    /** Verifies the PIN and reads the card; the PIN array is wiped whatever happens. */
    public CardAnswer read(char[] pin) {
        session.touch();
        CardReadResult result = reader.readBasicFour(pin);
        if (result instanceof CardReadResult.Read read) {
            session.read(read.reading());
        }
        return CardAnswer.of(result);
    }

    public void chooseLifeEvent(String event) {
        if (event == null || LifeEvent.byId(event).isEmpty()) {
            throw LocalProblem.badField("lifeEvent", "Life event must be one of " + LifeEvent.ids() + ".");
        }
        if (session.reading().isEmpty()) {
            throw LocalProblem.notNow("Read the card first.");
        }
        if (session.receipt().isPresent()) {
            throw LocalProblem.notNow("This visit is checked in already; start over for another one.");
        }
        session.lifeEvent(event);
    }

    /**
     * Checks the resident in, or answers the ticket already issued. Retries (the resident's button or the
     * page's timer) send the same idempotency key, so the server never issues a second ticket.
     */
    public CheckInAnswer checkIn() {
        synchronized (checkInLock) {
            KioskSession.Snapshot now = session.snapshot();
            if (now.receipt().isPresent()) {
                return CheckInAnswer.accepted(now.receipt().get());
            }
            CardReading reading = now.reading().orElseThrow(() -> LocalProblem.notNow("Read the card first."));
            String event = now.lifeEvent().orElseThrow(() -> LocalProblem.notNow("Choose the reason for the visit first."));
            CheckInOutcome outcome = checkIns.checkIn(new CheckIn(reading.basicFour(), event, List.of()),
                    session.checkInKey());
            if (outcome instanceof CheckInOutcome.Accepted accepted) {
                session.checkedIn(now.generation(), accepted.receipt());
                return CheckInAnswer.accepted(accepted.receipt());
            }
            if (outcome instanceof CheckInOutcome.Rejected rejected) {
                session.checkInRefused(now.generation());
                return CheckInAnswer.rejected(rejected);
            }
            return CheckInAnswer.unreachable((CheckInOutcome.ServerUnreachable) outcome);
        }
    }

    public void touch() {
        session.touch();
    }

    public void reset() {
        session.wipe(ResetReason.RESIDENT);
    }
}
