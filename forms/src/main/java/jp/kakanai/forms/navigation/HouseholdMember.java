package jp.kakanai.forms.navigation;

import java.time.LocalDate;
import java.util.Objects;
import jp.kakanai.forms.text.Redacted;

/**
 * A member of the resident's household other than the resident: for a move, someone who moves along;
 * for a birth, the newborn and the others; for a death, the deceased ({@code deceased = true}) and the
 * survivors. The birth date is what the navigation needs (ages are never asked).
 */
public record HouseholdMember(Relationship relationship, LocalDate birthDate, boolean deceased) {
    @Override
    public String toString() {
        return Redacted.record(this, "relationship", "deceased");
    }

    public HouseholdMember {
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(birthDate, "birthDate");
    }

    public static HouseholdMember living(Relationship relationship, LocalDate birthDate) {
        return new HouseholdMember(relationship, birthDate, false);
    }

    public static HouseholdMember deceased(Relationship relationship, LocalDate birthDate) {
        return new HouseholdMember(relationship, birthDate, true);
    }
}
