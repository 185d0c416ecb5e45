package jp.kakanai.forms.household;

import java.time.LocalDate;
import java.util.Optional;
import jp.kakanai.forms.navigation.Relationship;
import jp.kakanai.forms.resident.Sex;
import jp.kakanai.forms.text.Redacted;

/**
 * 続柄 as the resident register writes it, seen from the 世帯主 (住民基本台帳事務処理要領: 世帯主, 妻, 子, 父, 母,
 * 孫, 妻の父, 子の妻, 兄 …; every child is 子 since 1995), worked out from how each person is related to the
 * applicant. Only what follows without doubt is derived; anything else (an {@code other} relationship, a parent
 * of unknown sex, a grandchild of a householder's sibling …) stays empty, so the form leaves the box to the clerk
 * rather than print a guess. Two assumptions, stated here because they are assumptions: the applicant's children
 * are also the children of the applicant's spouse, and a spouse whose sex was not given is of the other sex than
 * the applicant (as marriage is under the Civil Code today).
 */
public final class Kinship {
    public static final String HOUSEHOLDER = "世帯主";

    private Kinship() {
    }

    /** A person as the derivation needs them: relation to the applicant (empty for the applicant), sex, birth date. */
    public record Person(Optional<Relationship> toApplicant, Optional<Sex> sex, LocalDate birthDate) {
        @Override
        public String toString() {
            return Redacted.record(this, "toApplicant", "sex");
        }

        public static Person applicant(Optional<Sex> sex, LocalDate birthDate) {
            return new Person(Optional.empty(), sex, birthDate);
        }
    }

    /**
     * The 続柄 of {@code person} seen from {@code householder} (both related to the same applicant), or empty when it
     * does not follow without doubt.
     */
    public static Optional<String> of(Person person, Person householder, Person applicant) {
        if (person == householder) {
            return Optional.of(HOUSEHOLDER);
        }
        Optional<Sex> sex = sexOf(person, applicant);
        if (householder.toApplicant().isEmpty()) {
            return person.toApplicant().flatMap(r -> fromApplicant(r, sex));
        }
        Relationship head = householder.toApplicant().get();
        Optional<Relationship> rel = person.toApplicant();
        return switch (head) {
            case SPOUSE -> rel.isEmpty() ? spouseWord(sex) : switch (rel.get()) {
                case CHILD -> Optional.of("子");
                case GRANDCHILD -> Optional.of("孫");
                case PARENT -> spouseWord(sexOf(applicant, householder)).flatMap(a -> parentWord(sex).map(p -> a + "の" + p));
                default -> Optional.empty();
            };
            case PARENT -> rel.isEmpty() ? Optional.of("子") : switch (rel.get()) {
                case SPOUSE -> spouseWord(sex).map(s -> "子の" + s);
                case CHILD -> Optional.of("孫");
                case PARENT -> spouseWord(sex);
                default -> Optional.empty();
            };
            case CHILD -> rel.isEmpty() ? parentWord(sex) : switch (rel.get()) {
                case SPOUSE -> parentWord(sex);
                case CHILD -> sibling(person, householder, sex);
                case PARENT -> sex.flatMap(s -> s == Sex.MALE ? Optional.of("祖父") : s == Sex.FEMALE ? Optional.of("祖母")
                        : Optional.empty());
                default -> Optional.empty();
            };
            case GRANDCHILD -> rel.isEmpty() || rel.get() == Relationship.SPOUSE
                    ? sex.flatMap(s -> s == Sex.MALE ? Optional.of("祖父") : s == Sex.FEMALE ? Optional.of("祖母") : Optional.empty())
                    : Optional.empty();
            case OTHER -> Optional.empty();
        };
    }

    /** 続柄 seen from the applicant as 世帯主. */
    private static Optional<String> fromApplicant(Relationship relationship, Optional<Sex> sex) {
        return switch (relationship) {
            case SPOUSE -> spouseWord(sex);
            case CHILD -> Optional.of("子");
            case PARENT -> parentWord(sex);
            case GRANDCHILD -> Optional.of("孫");
            case OTHER -> Optional.empty();
        };
    }

    /** The person's sex; a spouse's unknown sex is the other one than the applicant's. */
    private static Optional<Sex> sexOf(Person person, Person applicant) {
        if (person.sex().filter(Kinship::binary).isPresent()) {
            return person.sex();
        }
        if (person.toApplicant().filter(r -> r == Relationship.SPOUSE).isPresent()) {
            return applicant.sex().filter(Kinship::binary).map(s -> s == Sex.MALE ? Sex.FEMALE : Sex.MALE);
        }
        return Optional.empty();
    }

    private static Optional<String> sibling(Person person, Person householder, Optional<Sex> sex) {
        if (sex.isEmpty() || person.birthDate().equals(householder.birthDate())) {
            return Optional.empty();
        }
        boolean older = person.birthDate().isBefore(householder.birthDate());
        return Optional.of(sex.get() == Sex.MALE ? (older ? "兄" : "弟") : (older ? "姉" : "妹"));
    }

    private static Optional<String> spouseWord(Optional<Sex> sex) {
        return sex.flatMap(s -> s == Sex.FEMALE ? Optional.of("妻") : s == Sex.MALE ? Optional.of("夫") : Optional.empty());
    }

    private static Optional<String> parentWord(Optional<Sex> sex) {
        return sex.flatMap(s -> s == Sex.FEMALE ? Optional.of("母") : s == Sex.MALE ? Optional.of("父") : Optional.empty());
    }

    private static boolean binary(Sex sex) {
        return sex == Sex.MALE || sex == Sex.FEMALE;
    }
}
