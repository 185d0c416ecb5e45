package jp.kakanai.forms.checkin;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the forms need to know of the life event beyond the household: the event's own date (出生日 of a birth,
 * 死亡日 of a death, the day of a marriage; a move's is its {@code move.date}) and the move, for 転入, 転出, 転居 and
 * a marriage with a move. Who was born or died is in the household (the newborn is a child born on the date, the
 * deceased a member marked so).
 */
public record EventFacts(Optional<LocalDate> date, Optional<MoveFacts> move) {
    public EventFacts {
        date = Objects.requireNonNullElse(date, Optional.empty());
        move = Objects.requireNonNullElse(move, Optional.<MoveFacts>empty()).filter(m -> !m.isEmpty());
    }

    public static EventFacts none() {
        return new EventFacts(Optional.empty(), Optional.empty());
    }

    public static EventFacts move(MoveFacts move) {
        return new EventFacts(Optional.empty(), Optional.of(move));
    }

    public static EventFacts on(LocalDate date) {
        return new EventFacts(Optional.of(date), Optional.empty());
    }

    public EventFacts withMove(MoveFacts value) {
        return new EventFacts(date, Optional.ofNullable(value));
    }

    /** The event's date: its own, else the move's. */
    public Optional<LocalDate> effectiveDate() {
        return date.or(() -> move.flatMap(MoveFacts::date));
    }

    @JsonIgnore
    public boolean isEmpty() {
        return date.isEmpty() && move.isEmpty();
    }
}
