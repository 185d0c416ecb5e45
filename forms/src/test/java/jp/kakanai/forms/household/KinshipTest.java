package jp.kakanai.forms.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import jp.kakanai.forms.navigation.Relationship;
import jp.kakanai.forms.resident.Sex;
import org.junit.jupiter.api.Test;

class KinshipTest {
    private static final Kinship.Person MOTHER = Kinship.Person.applicant(Optional.of(Sex.FEMALE), LocalDate.of(1988, 4, 10));

    private static Kinship.Person member(Relationship relationship, Sex sex, LocalDate born) {
        return new Kinship.Person(Optional.of(relationship), Optional.ofNullable(sex), born);
    }

    @Test
    void seenFromAnApplicantWhoHeadsTheHousehold() {
        Kinship.Person husband = member(Relationship.SPOUSE, null, LocalDate.of(1986, 1, 1));
        Kinship.Person child = member(Relationship.CHILD, Sex.MALE, LocalDate.of(2019, 6, 1));
        Kinship.Person father = member(Relationship.PARENT, Sex.MALE, LocalDate.of(1955, 1, 1));

        assertThat(Kinship.of(MOTHER, MOTHER, MOTHER)).hasValue("世帯主");
        assertThat(Kinship.of(husband, MOTHER, MOTHER)).as("a spouse of unknown sex: the other sex").hasValue("夫");
        assertThat(Kinship.of(child, MOTHER, MOTHER)).hasValue("子");
        assertThat(Kinship.of(father, MOTHER, MOTHER)).hasValue("父");
        assertThat(Kinship.of(member(Relationship.PARENT, null, LocalDate.of(1955, 1, 1)), MOTHER, MOTHER))
                .as("a parent of unknown sex is left to the clerk").isEmpty();
        assertThat(Kinship.of(member(Relationship.OTHER, Sex.MALE, LocalDate.of(1990, 1, 1)), MOTHER, MOTHER)).isEmpty();
    }

    @Test
    void seenFromTheApplicantsSpouseWhoHeadsTheHousehold() {
        Kinship.Person husband = member(Relationship.SPOUSE, Sex.MALE, LocalDate.of(1986, 1, 1));
        Kinship.Person child = member(Relationship.CHILD, Sex.FEMALE, LocalDate.of(2024, 2, 1));
        Kinship.Person mothersMother = member(Relationship.PARENT, Sex.FEMALE, LocalDate.of(1960, 1, 1));

        assertThat(Kinship.of(husband, husband, MOTHER)).hasValue("世帯主");
        assertThat(Kinship.of(MOTHER, husband, MOTHER)).hasValue("妻");
        assertThat(Kinship.of(child, husband, MOTHER)).hasValue("子");
        assertThat(Kinship.of(mothersMother, husband, MOTHER)).hasValue("妻の母");
    }

    @Test
    void seenFromTheApplicantsParentOrChildWhoHeadsTheHousehold() {
        Kinship.Person father = member(Relationship.PARENT, Sex.MALE, LocalDate.of(1955, 1, 1));
        Kinship.Person mother = member(Relationship.PARENT, Sex.FEMALE, LocalDate.of(1957, 1, 1));
        Kinship.Person wife = member(Relationship.SPOUSE, Sex.FEMALE, LocalDate.of(1990, 1, 1));
        Kinship.Person son = Kinship.Person.applicant(Optional.of(Sex.MALE), LocalDate.of(1985, 1, 1));

        assertThat(Kinship.of(son, father, son)).hasValue("子");
        assertThat(Kinship.of(mother, father, son)).hasValue("妻");
        assertThat(Kinship.of(wife, father, son)).hasValue("子の妻");

        Kinship.Person elder = member(Relationship.CHILD, Sex.FEMALE, LocalDate.of(2010, 1, 1));
        Kinship.Person younger = member(Relationship.CHILD, Sex.MALE, LocalDate.of(2014, 1, 1));
        assertThat(Kinship.of(MOTHER, elder, MOTHER)).hasValue("母");
        assertThat(Kinship.of(younger, elder, MOTHER)).hasValue("弟");
        assertThat(Kinship.of(elder, younger, MOTHER)).hasValue("姉");
    }
}
