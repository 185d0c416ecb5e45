package jp.kakanai.forms.homeqr;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import jp.kakanai.forms.navigation.HouseholdMember;
import jp.kakanai.forms.navigation.Relationship;
import jp.kakanai.forms.resident.Sex;
import jp.kakanai.forms.text.Redacted;

/**
 * A household member in a home-prepared QR: what the navigation needs (relationship, birth date, whether
 * this is the deceased) and, when the resident gave them, name, kana and sex for the forms' household
 * rows, and whether this member heads the household (世帯主: the forms print 続柄 from them). Field errors name the
 * field within the member ({@code name}); the payload adds the index.
 */
public record HomeQrMember(Relationship relationship, LocalDate birthDate, boolean deceased,
                           Optional<String> name, Optional<String> kana, Optional<Sex> sex, boolean householder) {
    @Override
    public String toString() {
        return Redacted.record(this, "relationship", "deceased", "householder");
    }

    public HomeQrMember {
        if (relationship == null) {
            throw new InvalidHomeQrPayloadException("relationship", "This field is required.");
        }
        HomeQrLimits.birthDate(birthDate, "birthDate", LocalDate.MAX);
        name = Objects.requireNonNull(name, "name").map(n -> HomeQrLimits.text(n, "name", HomeQrLimits.NAME));
        kana = Objects.requireNonNull(kana, "kana").filter(k -> !k.isBlank())
                .map(k -> HomeQrLimits.text(k, "kana", HomeQrLimits.KANA));
        Objects.requireNonNull(sex, "sex");
        if (householder && deceased) {
            throw new InvalidHomeQrPayloadException("householder", "The person who died does not head the household.");
        }
    }

    /** Not the 世帯主. */
    public HomeQrMember(Relationship relationship, LocalDate birthDate, boolean deceased, Optional<String> name,
                        Optional<String> kana, Optional<Sex> sex) {
        this(relationship, birthDate, deceased, name, kana, sex, false);
    }

    /** Only what the navigation needs. */
    public static HomeQrMember of(Relationship relationship, LocalDate birthDate) {
        return new HomeQrMember(relationship, birthDate, false, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public HomeQrMember named(String name, String kana, Sex sex) {
        return new HomeQrMember(relationship, birthDate, deceased, Optional.of(name), Optional.ofNullable(kana),
                Optional.ofNullable(sex), householder);
    }

    public HomeQrMember asDeceased() {
        return new HomeQrMember(relationship, birthDate, true, name, kana, sex, false);
    }

    public HomeQrMember asHouseholder() {
        return new HomeQrMember(relationship, birthDate, deceased, name, kana, sex, true);
    }

    public HouseholdMember toHouseholdMember() {
        return new HouseholdMember(relationship, birthDate, deceased);
    }
}
