package jp.kakanai.kiosk.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.forms.checkin.CheckInReceipt;
import jp.kakanai.forms.checkin.EventFacts;
import jp.kakanai.forms.checkin.Member;
import jp.kakanai.forms.checkin.MoveFacts;
import jp.kakanai.forms.homeqr.HomeQrPayload;
import jp.kakanai.forms.text.Redacted;
import jp.kakanai.kiosk.card.CardReading;
import jp.kakanai.kiosk.card.MyNumber;
import jp.kakanai.kiosk.checkin.IdempotencyKey;
import jp.kakanai.kiosk.navigation.ChecklistFacts;
import jp.kakanai.kiosk.navigation.MemberFacts;

/**
 * What the kiosk holds about the resident at the screen, in memory only: the card reading, the life
 * event, the answers and household, the server's navigation, and the check-in under way. It is wiped on
 * reset, when the card leaves the reader and after the idle timeout; a wipe drops every reference to the
 * resident's data and changes the {@link #generation()}, which tells the browser to start over. Once the
 * ticket is issued the card's data is dropped at once: only the ticket and the route stay on screen.
 *
 * <p>Thread-safe: the browser's requests, the card watcher and the idle timer all reach it.
 */
public final class KioskSession {
    /** The id of the server's household question, answered with the household rather than a value. */
    public static final String HOUSEHOLD = "household";

    private final Clock clock;
    private final Duration idleTimeout;

    private long generation;
    private ResetReason lastReset = ResetReason.STARTED;
    /** A resident is using the kiosk (touched it since the last full reset). */
    private boolean active;
    private Instant lastActivity;
    private CardReading reading;
    /** A home-prepared QR code read instead of a card: its resident stands in for the card's. */
    private HomeQrPayload homeQr;
    /** Read only when a form of the route needs it, with a second PIN entry; never shown unmasked. */
    private MyNumber myNumber;
    private String lifeEvent;
    private final Map<String, String> answers = new LinkedHashMap<>();
    /** Null while unknown; empty for someone living alone. With names, kana and sex where a home QR gave them. */
    private List<Member> household;
    /** The move's date and addresses (転入・転出・転居); null while not given. */
    private MoveFacts move;
    /** The event's own date (死亡日 of a death, 出生日 of a birth); null while not given. */
    private LocalDate eventDate;
    /** Question ids in the order answered ({@link #HOUSEHOLD} included), so "back" undoes the last. */
    private final List<String> answerOrder = new ArrayList<>();
    /** Changes with every answer, so a navigation computed for older answers is not kept. */
    private long revision;
    private JsonNode navigation;
    private PendingCheckIn pending;
    /** A 来庁予約 code scanned in this visit (before or after the card): sent with the check-in. */
    private String reservation;
    private CheckInReceipt receipt;

    public KioskSession(Clock clock, Duration idleTimeout) {
        this.clock = Objects.requireNonNull(clock);
        this.idleTimeout = Objects.requireNonNull(idleTimeout);
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("the idle timeout must be positive, not " + idleTimeout);
        }
        this.lastActivity = clock.instant();
    }

    /**
     * A check-in as first sent, with its key: every retry sends exactly this (a changed body under the same
     * key is refused by the server), and the facts follow once it is accepted.
     */
    public record PendingCheckIn(IdempotencyKey key, CheckIn checkIn, ChecklistFacts facts) {
    }

    /** The resident touched the screen: the idle countdown starts again. */
    public synchronized void touch() {
        active = true;
        lastActivity = clock.instant();
    }

    public synchronized long generation() {
        return generation;
    }

    /** Forgets everything about the resident. */
    public synchronized void wipe(ResetReason reason) {
        reservation = null;
        reading = null;
        homeQr = null;
        myNumber = null;
        lifeEvent = null;
        clearAnswers();
        pending = null;
        receipt = null;
        generation++;
        lastReset = reason;
        // After a pulled card the same resident is still there (putting it back): idle still counts.
        active = reason == ResetReason.CARD_REMOVED;
        lastActivity = clock.instant();
    }

    private void clearAnswers() {
        revision++;
        answers.clear();
        answerOrder.clear();
        household = null;
        move = null;
        eventDate = null;
        navigation = null;
    }

    /** Wipes when the card left the reader while the kiosk was in use and no ticket was issued yet. */
    public synchronized boolean cardRemoved() {
        if (receipt != null || !active) {
            return false;
        }
        wipe(ResetReason.CARD_REMOVED);
        return true;
    }

    /** Wipes after the idle timeout; true if it did. */
    public synchronized boolean expireIfIdle() {
        if (active && idleSecondsLeft() <= 0) {
            wipe(ResetReason.IDLE);
            return true;
        }
        return false;
    }

    /** Seconds until the idle reset (the timeout while nobody uses the kiosk). */
    public synchronized long idleSecondsLeft() {
        if (!active) {
            return idleTimeout.toSeconds();
        }
        long leftMillis = idleTimeout.toMillis() - Duration.between(lastActivity, clock.instant()).toMillis();
        return Math.max(0, (leftMillis + 999) / 1000);
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    public synchronized void read(CardReading newReading) {
        reading = Objects.requireNonNull(newReading);
        homeQr = null;
        myNumber = null;
        lifeEvent = null;
        clearAnswers();
        pending = null;
        receipt = null;
        touch();
    }

    public synchronized Optional<CardReading> reading() {
        return Optional.ofNullable(reading);
    }

    /**
     * A home-prepared QR code was read: like a card reading, it starts a new visit, and it brings the life
     * event, the answers and the household the resident gave at home (the household first, as asked; the 世帯主
     * marked). Its move, if any, is the flow's to check ({@link KioskFlow#acceptHomeQr}).
     */
    public synchronized void homeQrRead(HomeQrPayload payload) {
        homeQr = Objects.requireNonNull(payload);
        reading = null;
        myNumber = null;
        clearAnswers();
        pending = null;
        receipt = null;
        lifeEvent = payload.lifeEvent();
        payload.household().ifPresent(members -> {
            // Everything the family typed at home travels on: names, kana and sex too, for the forms' tables.
            household = members.stream().map(m -> new Member(m.relationship().id(), m.birthDate(), m.sex(), m.name(),
                    m.kana(), m.deceased(), m.householder(), Optional.empty())).toList();
            answerOrder.add(HOUSEHOLD);
        });
        new TreeMap<>(payload.answers().values()).forEach((id, value) -> {
            answers.put(id, value);
            answerOrder.add(id);
        });
        touch();
    }

    public synchronized Optional<HomeQrPayload> homeQr() {
        return Optional.ofNullable(homeQr);
    }

    /** Keeps the My Number read from the same card for the forms that print it. */
    public synchronized void myNumber(MyNumber number) {
        requireEditable();
        myNumber = Objects.requireNonNull(number);
        touch();
    }

    public synchronized Optional<MyNumber> myNumber() {
        return Optional.ofNullable(myNumber);
    }

    /** A new life event starts the questions afresh. */
    public synchronized void lifeEvent(String event) {
        requireEditable();
        if (!event.equals(lifeEvent)) {
            clearAnswers();
        }
        revision++;
        lifeEvent = Objects.requireNonNull(event);
        touch();
    }

    public synchronized Optional<String> lifeEvent() {
        return Optional.ofNullable(lifeEvent);
    }

    public synchronized void answer(String questionId, String value) {
        requireEditable();
        answers.put(questionId, value);
        answerOrder.remove(questionId);
        answerOrder.add(questionId);
        revision++;
        navigation = null;
        touch();
    }

    /** The household; {@code members} empty: living alone; {@code null}: the resident does not know. */
    public synchronized void household(List<Member> members) {
        requireEditable();
        household = members == null ? null : List.copyOf(members);
        answerOrder.remove(HOUSEHOLD);
        answerOrder.add(HOUSEHOLD);
        revision++;
        navigation = null;
        touch();
    }

    /** Undoes the last answer; false when there was none. */
    public synchronized boolean back() {
        requireEditable();
        touch();
        if (answerOrder.isEmpty()) {
            return false;
        }
        String last = answerOrder.remove(answerOrder.size() - 1);
        if (last.equals(HOUSEHOLD)) {
            household = null;
        } else {
            answers.remove(last);
        }
        revision++;
        navigation = null;
        return true;
    }

    public synchronized Map<String, String> answers() {
        return Map.copyOf(answers);
    }

    /** Answers in the order given, for the server (which reads them as a map). */
    public synchronized Map<String, String> orderedAnswers() {
        return new LinkedHashMap<>(answers);
    }

    /** The household as the resident gave it (null while unknown). */
    public synchronized Optional<List<Member>> household() {
        return Optional.ofNullable(household);
    }

    /** What the navigation needs of the household: relationship, birth date, whether this is the deceased. */
    public synchronized Optional<List<MemberFacts>> navigationHousehold() {
        return Optional.ofNullable(household).map(members -> members.stream()
                .map(m -> new MemberFacts(m.relationship(), m.birthDate(), m.isDeceased())).toList());
    }

    /** The move's date and addresses, as checked by the server's address master; replaces what was given. */
    public synchronized void move(MoveFacts facts) {
        requireEditable();
        move = Objects.requireNonNull(facts);
        revision++;
        touch();
    }

    public synchronized Optional<MoveFacts> move() {
        return Optional.ofNullable(move);
    }

    /**
     * The event's own date (死亡日, 出生日), replacing what was given: a day that has been, within the year the
     * server accepts (a date further back is for the counter).
     */
    public synchronized void eventDate(LocalDate date) {
        requireEditable();
        LocalDate today = LocalDate.now(clock);
        if (date == null) {
            throw LocalProblem.badField("date", "This field is required.");
        }
        if (date.isAfter(today) || date.isBefore(today.minusYears(1))) {
            throw LocalProblem.badField("date", "The date must lie within the last year.");
        }
        eventDate = date;
        touch();
    }

    /** What the check-in carries of the event: its date and the move, as far as they were given. */
    public synchronized Optional<EventFacts> eventFacts() {
        if (eventDate == null && move == null) {
            return Optional.empty();
        }
        return Optional.of(new EventFacts(Optional.ofNullable(eventDate), Optional.ofNullable(move)));
    }

    /** How many questions were answered (the household included), for "question n" and "back". */
    public synchronized int answerCount() {
        return answerOrder.size();
    }

    /** True when the household question was answered (with members, alone, or "don't know"). */
    public synchronized boolean householdAnswered() {
        return answerOrder.contains(HOUSEHOLD);
    }

    /** Changes with every answer, household, life event and wipe. */
    public synchronized long revision() {
        return revision;
    }

    /** Keeps the server's navigation made for {@code atRevision} (ignored if anything changed meanwhile). */
    public synchronized void navigated(long atRevision, JsonNode result) {
        if (atRevision == revision) {
            navigation = result;
        }
    }

    public synchronized Optional<JsonNode> navigation() {
        return Optional.ofNullable(navigation);
    }

    private void requireEditable() {
        if (receipt != null) {
            throw LocalProblem.notNow("This visit is checked in already; start over for another one.");
        }
        if (pending != null) {
            throw LocalProblem.notNow("The check-in is being sent; wait for the ticket.");
        }
    }

    /** The check-in under way, made once from {@code draft} and then the same for every retry. */
    public synchronized PendingCheckIn pendingCheckIn(java.util.function.Supplier<PendingCheckIn> draft) {
        if (pending == null) {
            pending = Objects.requireNonNull(draft.get());
        }
        return pending;
    }

    /** The server refused for good: the next attempt (after a change) is a new request with a new key. */
    public synchronized void checkInRefused(long atGeneration) {
        if (atGeneration == generation) {
            pending = null;
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
        receipt = newReceipt;
        reservation = null;
        reading = null;
        homeQr = null;
        myNumber = null;
        pending = null;
        answers.clear();
        answerOrder.clear();
        household = null;
        move = null;
        eventDate = null;
        return true;
    }

    /** The resident showed a reservation's QR (kept through a card or home QR read until the check-in). */
    public synchronized void reservation(String code) {
        requireEditable();
        reservation = Objects.requireNonNull(code);
        touch();
    }

    /** The server refused the reservation and the resident goes on without it. */
    public synchronized void dropReservation() {
        requireEditable();
        reservation = null;
        touch();
    }

    public synchronized Optional<String> reservation() {
        return Optional.ofNullable(reservation);
    }

    public synchronized Optional<CheckInReceipt> receipt() {
        return Optional.ofNullable(receipt);
    }

    /** One consistent view of everything, for the browser's state poll. */
    public synchronized Snapshot snapshot() {
        return new Snapshot(generation, lastReset, active, idleSecondsLeft(), Optional.ofNullable(reading),
                Optional.ofNullable(myNumber).map(MyNumber::masked),
                Optional.ofNullable(lifeEvent), Optional.ofNullable(receipt), pending != null,
                Optional.ofNullable(navigation), Optional.ofNullable(homeQr));
    }

    /** The session at one moment; {@code checkInPending}: an attempt was made and not settled. */
    public record Snapshot(long generation, ResetReason lastReset, boolean active, long idleSecondsLeft,
                           Optional<CardReading> reading, Optional<String> myNumberMasked, Optional<String> lifeEvent,
                           Optional<CheckInReceipt> receipt, boolean checkInPending, Optional<JsonNode> navigation,
                           Optional<HomeQrPayload> homeQr) {
        @Override
        public String toString() {
            return Redacted.record(this, "generation", "lastReset", "active", "idleSecondsLeft", "reading", "lifeEvent", "receipt", "checkInPending", "navigation", "homeQr");
        }
    }
}
