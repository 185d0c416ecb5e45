package jp.kakanai.forms.checkin;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import jp.kakanai.forms.resident.Sex;
import jp.kakanai.forms.text.Redacted;

/**
 * A household member other than the applicant (the resident at the counter), as the check-in and interview
 * APIs carry it: for a move, someone who moves along; for a birth, the newborn and the others; for a death, the
 * deceased ({@code deceased}) and the survivors.
 *
 * @param relationship how the member is related to the applicant: {@code spouse}, {@code child}, {@code parent},
 *                     {@code grandchild}, {@code other} (the navigation's ids, see {@code Relationship})
 * @param sex          where known (the kiosk may not ask it; a home QR or the clerk give it)
 * @param name         where known; a member without one is printed with what is known and the name box left
 *                     blank for the clerk, never filled with someone else's name
 * @param householder  this member heads the household (世帯主); when nobody is marked, the applicant does
 * @param kinship      the 続柄 to print, seen from the 世帯主 ({@code 妻の母}); derived from {@code relationship}
 *                     and sex when absent, where that is unambiguous
 */
public record Member(String relationship, LocalDate birthDate, Optional<Sex> sex, Optional<String> name,
                     Optional<String> kana, Boolean deceased, Boolean householder, Optional<String> kinship) {
    @Override
    public String toString() {
        return Redacted.record(this, "relationship", "sex", "deceased", "householder");
    }

    public Member {
        sex = Objects.requireNonNullElse(sex, Optional.empty());
        name = Objects.requireNonNullElse(name, Optional.<String>empty()).filter(n -> !n.isBlank());
        kana = Objects.requireNonNullElse(kana, Optional.<String>empty()).filter(k -> !k.isBlank());
        deceased = Boolean.TRUE.equals(deceased);
        householder = Boolean.TRUE.equals(householder);
        kinship = Objects.requireNonNullElse(kinship, Optional.<String>empty()).filter(k -> !k.isBlank());
    }

    /** What the kiosk's writing-free entry gives: relationship and birth date. */
    public static Member of(String relationship, LocalDate birthDate) {
        return new Member(relationship, birthDate, Optional.empty(), Optional.empty(), Optional.empty(), false, false,
                Optional.empty());
    }

    public Member named(String name, String kana) {
        return new Member(relationship, birthDate, sex, Optional.ofNullable(name), Optional.ofNullable(kana), deceased,
                householder, kinship);
    }

    public Member withSex(Sex value) {
        return new Member(relationship, birthDate, Optional.ofNullable(value), name, kana, deceased, householder, kinship);
    }

    public Member asDeceased() {
        return new Member(relationship, birthDate, sex, name, kana, true, householder, kinship);
    }

    public Member asHouseholder() {
        return new Member(relationship, birthDate, sex, name, kana, deceased, true, kinship);
    }

    public Member withKinship(String value) {
        return new Member(relationship, birthDate, sex, name, kana, deceased, householder, Optional.ofNullable(value));
    }

    public boolean isDeceased() {
        return deceased;
    }

    public boolean isHouseholder() {
        return householder;
    }
}
