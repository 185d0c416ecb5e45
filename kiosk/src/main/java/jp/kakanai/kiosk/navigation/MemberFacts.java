package jp.kakanai.kiosk.navigation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import jp.kakanai.forms.text.Redacted;

/**
 * One household member as the resident enters it at the kiosk: relationship to the resident
 * ({@code spouse}, {@code child}, {@code parent}, {@code grandchild}, {@code other}), birth date, and
 * for a death whether this is the person who died. The server checks it again.
 */
public record MemberFacts(String relationship, LocalDate birthDate, boolean deceased) {
    @Override
    public String toString() {
        return Redacted.record(this, "relationship", "deceased");
    }

    public static final Set<String> RELATIONSHIPS = Set.of("spouse", "child", "parent", "grandchild", "other");

    public MemberFacts {
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(birthDate, "birthDate");
    }
}
