package jp.kakanai.forms.navigation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.text.Redacted;

/**
 * What the navigation knows of the resident at the counter: the birth date (from the card, a QR or the
 * clerk; unknown only while questions are previewed) and whether a My Number Card was read for this
 * visit, which already answers "do you have a card?".
 */
public record Resident(Optional<LocalDate> birthDate, boolean myNumberCardRead) {
    @Override
    public String toString() {
        return Redacted.record(this, "myNumberCardRead");
    }

    public Resident {
        Objects.requireNonNull(birthDate, "birthDate");
    }

    public static Resident bornOn(LocalDate birthDate) {
        return new Resident(Optional.of(birthDate), false);
    }

    /** A resident whose My Number Card was read at the kiosk or the desk. */
    public static Resident fromCard(BasicFourInfo card) {
        return new Resident(Optional.of(card.birthDate()), true);
    }

    /** Nothing known yet (questions previewed before the card is read). */
    public static Resident unknown() {
        return new Resident(Optional.empty(), false);
    }

    public Resident withCardRead() {
        return new Resident(birthDate, true);
    }
}
