package jp.kakanai.server.reservation;

import java.time.Instant;
import java.util.Optional;

/** A booked slot: its code (all the resident holds), what for, where, when, and whether it ended. */
public record Reservation(String code, String item, String department, Instant start, Instant end,
                          Instant createdAt, Optional<Instant> cancelledAt, Optional<Instant> usedAt) {

    public boolean active() {
        return cancelledAt.isEmpty() && usedAt.isEmpty();
    }
}
