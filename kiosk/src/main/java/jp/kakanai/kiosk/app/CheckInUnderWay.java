package jp.kakanai.kiosk.app;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import jp.kakanai.forms.checkin.CheckInReceipt;

/**
 * The check-in of the resident at the kiosk: the 来庁予約 code to send with it, the request under way (sent the
 * same on every retry), and the ticket once issued. While a request is under way or after the ticket, what the
 * resident told the kiosk may not change. Not thread-safe: {@link KioskSession} holds it under its lock.
 */
final class CheckInUnderWay {
    private PendingCheckIn pending;
    /** A 来庁予約 code scanned in this visit (before or after the card): sent with the check-in. */
    private String reservation;
    private CheckInReceipt receipt;

    /** Refuses (409) a change of the visit while the check-in is being sent or once the ticket is out. */
    void requireEditable() {
        if (receipt != null) {
            throw LocalProblem.notNow("This visit is checked in already; start over for another one.");
        }
        if (pending != null) {
            throw LocalProblem.notNow("The check-in is being sent; wait for the ticket.");
        }
    }

    /** The request under way, made once from {@code draft} and then the same for every retry. */
    PendingCheckIn pending(Supplier<PendingCheckIn> draft) {
        if (pending == null) {
            pending = Objects.requireNonNull(draft.get());
        }
        return pending;
    }

    boolean underWay() {
        return pending != null;
    }

    /** The server refused for good: the next attempt (after a change) is a new request with a new key. */
    void refused() {
        pending = null;
    }

    void issued(CheckInReceipt ticket) {
        receipt = Objects.requireNonNull(ticket);
        reservation = null;
        pending = null;
    }

    /** A new resident (card or home QR read): a reservation scanned before stays theirs. */
    void newResident() {
        pending = null;
        receipt = null;
    }

    void forget() {
        newResident();
        reservation = null;
    }

    void reservation(String code) {
        reservation = Objects.requireNonNull(code);
    }

    void dropReservation() {
        reservation = null;
    }

    Optional<String> reservation() {
        return Optional.ofNullable(reservation);
    }

    Optional<CheckInReceipt> receipt() {
        return Optional.ofNullable(receipt);
    }
}
