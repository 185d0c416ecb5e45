package jp.kakanai.kiosk.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import jp.kakanai.forms.checkin.CheckInReceipt;
import jp.kakanai.kiosk.card.CardReading;
import jp.kakanai.kiosk.checkin.IdempotencyKey;

/**
 * What the kiosk holds about the resident at the screen, in memory only: the card reading, the life
 * event, and the check-in under way. It is wiped on reset, when the card leaves the reader and after
 * the idle timeout; a wipe drops every reference to the resident's data and changes the
 * {@link #generation()}, which tells the browser to start over. Once the ticket is issued the personal
 * data is dropped at once: only the ticket number stays on screen.
 *
 * <p>Thread-safe: the browser's requests, the card watcher and the idle timer all reach it.
 */
public final class KioskSession {
    private final Clock clock;
    private final Duration idleTimeout;

    private long generation;
    private ResetReason lastReset = ResetReason.STARTED;
    /** A resident is using the kiosk (touched it since the last full reset). */
    private boolean active;
    private Instant lastActivity;
    private CardReading reading;
    private String lifeEvent;
    private IdempotencyKey checkInKey;
    private CheckInReceipt receipt;

    public KioskSession(Clock clock, Duration idleTimeout) {
        this.clock = Objects.requireNonNull(clock);
        this.idleTimeout = Objects.requireNonNull(idleTimeout);
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("the idle timeout must be positive, not " + idleTimeout);
        }
        this.lastActivity = clock.instant();
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
        reading = null;
        lifeEvent = null;
        checkInKey = null;
        receipt = null;
        generation++;
        lastReset = reason;
        // After a pulled card the same resident is still there (putting it back): idle still counts.
        active = reason == ResetReason.CARD_REMOVED;
        lastActivity = clock.instant();
    }

    /** Wipes when the card left the reader while the kiosk held data of its holder or was in use. */
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
        lifeEvent = null;
        checkInKey = null;
        receipt = null;
        touch();
    }

    public synchronized Optional<CardReading> reading() {
        return Optional.ofNullable(reading);
    }

    public synchronized void lifeEvent(String event) {
        if (receipt != null) {
            throw new IllegalStateException("the check-in is done; start over for another visit");
        }
        lifeEvent = Objects.requireNonNull(event);
        touch();
    }

    public synchronized Optional<String> lifeEvent() {
        return Optional.ofNullable(lifeEvent);
    }

    /** The key of this resident's check-in: made on the first attempt, the same for every retry. */
    public synchronized IdempotencyKey checkInKey() {
        if (checkInKey == null) {
            checkInKey = IdempotencyKey.random();
        }
        return checkInKey;
    }

    /** The server refused for good: the next attempt (after a change) is a new request with a new key. */
    public synchronized void checkInRefused(long atGeneration) {
        if (atGeneration == generation) {
            checkInKey = null;
        }
    }

    /**
     * The ticket is issued: keep it for the screen, drop the personal data. Ignored (false) when the
     * session was wiped meanwhile ({@code generation} changed): that resident has gone.
     */
    public synchronized boolean checkedIn(long atGeneration, CheckInReceipt newReceipt) {
        Objects.requireNonNull(newReceipt);
        if (atGeneration != generation) {
            return false;
        }
        receipt = newReceipt;
        reading = null;
        checkInKey = null;
        return true;
    }

    public synchronized Optional<CheckInReceipt> receipt() {
        return Optional.ofNullable(receipt);
    }

    /** One consistent view of everything, for the browser's state poll. */
    public synchronized Snapshot snapshot() {
        return new Snapshot(generation, lastReset, active, idleSecondsLeft(), Optional.ofNullable(reading),
                Optional.ofNullable(lifeEvent), Optional.ofNullable(receipt), checkInKey != null);
    }

    /** The session at one moment; {@code checkInPending}: an attempt was made and not settled. */
    public record Snapshot(long generation, ResetReason lastReset, boolean active, long idleSecondsLeft,
                           Optional<CardReading> reading, Optional<String> lifeEvent,
                           Optional<CheckInReceipt> receipt, boolean checkInPending) {
    }
}
