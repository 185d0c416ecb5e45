package jp.kakanai.forms.household;

import java.time.LocalDate;
import java.util.Optional;
import jp.kakanai.forms.navigation.Relationship;
import jp.kakanai.forms.resident.Sex;
import jp.kakanai.forms.text.Redacted;

/**
 * One person as the forms print them: the applicant or a household member, with what is known. A name that is not
 * known stays empty (the form leaves its box blank and the clerk is told), never someone else's.
 *
 * @param ref         how the navigation names them: {@code resident}, or {@code household[i]} (i: the member's index)
 * @param toApplicant how they are related to the applicant; empty for the applicant
 * @param kinship     the 続柄 seen from the 世帯主 ({@code 世帯主}, {@code 妻}, {@code 子}); empty where it does not
 *                    follow without doubt and nobody gave it
 */
public record PrintedPerson(String ref, Optional<Relationship> toApplicant, Optional<String> name, Optional<String> kana,
                            LocalDate birthDate, Optional<Sex> sex, Optional<String> kinship, boolean deceased,
                            boolean householder) {
    @Override
    public String toString() {
        return Redacted.record(this, "ref", "toApplicant", "sex", "deceased", "householder");
    }


    public boolean isApplicant() {
        return toApplicant.isEmpty();
    }

    public boolean is(Relationship relationship) {
        return toApplicant.filter(r -> r == relationship).isPresent();
    }
}
