package jp.kakanai.server.reservation;

import java.time.LocalDate;
import java.time.LocalTime;

/** What a reservation code shown at the ticket machine comes to (see {@link Reservations#redeem}). */
public sealed interface Redemption {

    /** Within its slot (from {@code arriveEarlyMinutes} before its start to its end): a reserved ticket. */
    record InSlot(Reservation reservation) implements Redemption {
    }

    /** Too early: reserved tickets are issued from {@code from} on. */
    record TooEarly(Reservation reservation, LocalTime from) implements Redemption {
    }

    /** The slot is over: the reservation lapsed, the resident takes a ticket like everyone. */
    record Late(Reservation reservation) implements Redemption {
    }

    /** Booked for another day. */
    record OtherDay(Reservation reservation, LocalDate day) implements Redemption {
    }

    /** Already turned into a ticket (shown twice), or cancelled. */
    record Ended(Reservation reservation) implements Redemption {
    }

    /** No such code. */
    record Unknown() implements Redemption {
    }
}
