package jp.kakanai.kiosk.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import jp.kakanai.forms.checkin.CheckInReceipt;
import jp.kakanai.forms.checkin.Member;
import jp.kakanai.forms.checkin.MoveFacts;
import jp.kakanai.forms.homeqr.HomeQrPayload;
import jp.kakanai.forms.resident.JapanDay;
import jp.kakanai.kiosk.card.CardReading;
import jp.kakanai.kiosk.card.MyNumber;

/**
 * What the kiosk holds about the resident at the screen, in memory only: who it is (the card reading or a home
 * QR code, the My Number if read), what they told it ({@link VisitAnswers}: the life event, the answers and
 * household, the server's route), and the check-in under way ({@link CheckInUnderWay}). It is wiped on reset, when the card leaves the
 * reader and after the idle timeout ({@link IdleCountdown}); a wipe drops every reference to the resident's data
 * and changes the {@link #generation()}, which tells the browser to start over. Once the ticket is issued the
 * card's data is dropped at once: only the ticket and the route stay on screen.
 *
 * <p>Thread-safe: the browser's requests, the card watcher and the idle timer all reach it; its parts are held
 * under its lock.
 */
public final class KioskSession {
    /** The id of the server's household question, answered with the household rather than a value. */
    public static final String HOUSEHOLD = "household";

    private final Clock clock;
    private final IdleCountdown idle;
    private VisitAnswers visit = VisitAnswers.none();
    private long generation;
    private ResetReason lastReset = ResetReason.STARTED;
    private CardReading reading;
    /** A home-prepared QR code read instead of a card: its resident stands in for the card's. */
    private HomeQrPayload homeQr;
    /** Read only when a form of the route needs it, with a second PIN entry; never shown unmasked. */
    private MyNumber myNumber;
    private final CheckInUnderWay checkIn = new CheckInUnderWay();

    public KioskSession(Clock clock, Duration idleTimeout) {
        this.clock = Objects.requireNonNull(clock);
        this.idle = new IdleCountdown(clock, idleTimeout);
    }

    /** The resident touched the screen: the idle countdown starts again. */
    public synchronized void touch() {
        idle.touch();
    }

    public synchronized long generation() {
        return generation;
    }

    /** Forgets everything about the resident. */
    public synchronized void wipe(ResetReason reason) {
        checkIn.forget();
        newResident(null, null);
        generation++;
        lastReset = reason;
        // After a pulled card the same resident is still there (putting it back): idle still counts.
        idle.restart(reason == ResetReason.CARD_REMOVED);
    }

    /** Who is at the kiosk now (or nobody): nothing of the one before stays but a scanned reservation. */
    private void newResident(CardReading card, HomeQrPayload qr) {
        reading = card;
        homeQr = qr;
        myNumber = null;
        visit = visit.forgotten();
        checkIn.newResident();
    }

    /** Wipes when the card left the reader while the kiosk was in use and no ticket was issued yet. */
    public synchronized boolean cardRemoved() {
        if (checkIn.receipt().isPresent() || !idle.active()) {
            return false;
        }
        wipe(ResetReason.CARD_REMOVED);
        return true;
    }

    /** Wipes after the idle timeout; true if it did. */
    public synchronized boolean expireIfIdle() {
        if (idle.expired()) {
            wipe(ResetReason.IDLE);
            return true;
        }
        return false;
    }

    /** Seconds until the idle reset (the timeout while nobody uses the kiosk). */
    public synchronized long idleSecondsLeft() {
        return idle.secondsLeft();
    }

    public Duration idleTimeout() {
        return idle.timeout();
    }

    public synchronized void read(CardReading newReading) {
        newResident(Objects.requireNonNull(newReading), null);
        touch();
    }

    public synchronized Optional<CardReading> reading() {
        return Optional.ofNullable(reading);
    }

    /**
     * A home-prepared QR code was read: like a card reading, it starts a new visit, and it brings the life
     * event, the answers and the household the resident gave at home. Its move, if any, is the flow's to check
     * ({@link KioskQuestions#acceptHomeQr}).
     */
    public synchronized void homeQrRead(HomeQrPayload payload) {
        newResident(null, Objects.requireNonNull(payload));
        visit = visit.fromHomeQr(payload);
        touch();
    }

    public synchronized Optional<HomeQrPayload> homeQr() {
        return Optional.ofNullable(homeQr);
    }

    /** Keeps the My Number read from the same card for the forms that print it. */
    public synchronized void myNumber(MyNumber number) {
        checkIn.requireEditable();
        myNumber = Objects.requireNonNull(number);
        touch();
    }

    public synchronized Optional<MyNumber> myNumber() {
        return Optional.ofNullable(myNumber);
    }

    /** Drops the My Number after the server refused it for this generation's check-in; false if the resident went. */
    public synchronized boolean forgetMyNumber(long atGeneration) {
        if (atGeneration != generation || myNumber == null) {
            return false;
        }
        myNumber = null;
        return true;
    }

    /** What the resident told the kiosk so far, and the server's route for it. */
    public synchronized VisitAnswers visit() {
        return visit;
    }

    /** A new life event starts the questions afresh. */
    public synchronized void lifeEvent(String event) {
        change(visit.withLifeEvent(event));
    }

    public synchronized void answer(String questionId, String value) {
        change(visit.withAnswer(questionId, value));
    }

    /** The household; {@code members} empty: living alone; {@code null}: the resident does not know. */
    public synchronized void household(List<Member> members) {
        change(visit.withHousehold(members));
    }

    /** Undoes the last answer; false when there was none. */
    public synchronized boolean back() {
        checkIn.requireEditable();
        touch();
        Optional<VisitAnswers> before = visit.withoutLastAnswer();
        before.ifPresent(answers -> visit = answers);
        return before.isPresent();
    }

    /** The move's date and addresses, as checked by the server's address master; replaces what was given. */
    public synchronized void move(MoveFacts facts) {
        change(visit.withMove(Objects.requireNonNull(facts)));
    }

    /** The event's own date (死亡日, 出生日), replacing what was given (a date further back is for the counter). */
    public synchronized void eventDate(LocalDate date) {
        checkIn.requireEditable();
        change(visit.withEventDate(date, today()));
    }

    /** Today at the counter: the day in Japan, whatever zone the kiosk PC is set to. */
    public LocalDate today() {
        return JapanDay.today(clock);
    }

    /** Keeps the server's navigation made for {@code atRevision} (ignored if anything changed meanwhile). */
    public synchronized void navigated(long atRevision, JsonNode result) {
        visit = visit.withNavigation(atRevision, result);
    }

    /** The resident changed what they told: not while a check-in is under way or after the ticket. */
    private void change(VisitAnswers changed) {
        checkIn.requireEditable();
        visit = changed;
        touch();
    }

    /** The check-in under way, made once from {@code draft} and then the same for every retry. */
    public synchronized PendingCheckIn pendingCheckIn(Supplier<PendingCheckIn> draft) {
        return checkIn.pending(draft);
    }

    /** The server refused for good: the next attempt (after a change) is a new request with a new key. */
    public synchronized void checkInRefused(long atGeneration) {
        if (atGeneration == generation) {
            checkIn.refused();
        }
    }

    /**
     * The ticket is issued: keep it for the screen, drop the card's data. Ignored (false) when the session
     * was wiped meanwhile ({@code generation} changed): that resident has gone.
     */
    public synchronized boolean checkedIn(long atGeneration, CheckInReceipt newReceipt) {
        Objects.requireNonNull(newReceipt);
        if (atGeneration != generation) {
            return false;
        }
        checkIn.issued(newReceipt);
        reading = null;
        homeQr = null;
        myNumber = null;
        visit = visit.afterCheckIn();
        return true;
    }

    /** The resident showed a reservation's QR (kept through a card or home QR read until the check-in). */
    public synchronized void reservation(String code) {
        checkIn.requireEditable();
        checkIn.reservation(code);
        touch();
    }

    /** The server refused the reservation and the resident goes on without it. */
    public synchronized void dropReservation() {
        checkIn.requireEditable();
        checkIn.dropReservation();
        touch();
    }

    public synchronized Optional<String> reservation() {
        return checkIn.reservation();
    }

    public synchronized Optional<CheckInReceipt> receipt() {
        return checkIn.receipt();
    }

    /** One consistent view of everything, for the browser's state poll. */
    public synchronized SessionSnapshot snapshot() {
        return new SessionSnapshot(generation, lastReset, idle.active(), idle.secondsLeft(), Optional.ofNullable(reading),
                Optional.ofNullable(myNumber).map(MyNumber::masked), visit.lifeEvent(), checkIn.receipt(),
                checkIn.underWay(), visit.navigation(), Optional.ofNullable(homeQr));
    }
}
