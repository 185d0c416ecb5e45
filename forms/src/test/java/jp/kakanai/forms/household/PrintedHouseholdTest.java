package jp.kakanai.forms.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kakanai.forms.checkin.Household;
import jp.kakanai.forms.checkin.Member;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.resident.Sex;
import org.junit.jupiter.api.Test;

class PrintedHouseholdTest {
    private static final BasicFourInfo MOTHER = new BasicFourInfo("山田 花子", "東京都千代田区霞が関一丁目2番3号",
            LocalDate.of(1989, 1, 7), Sex.FEMALE);
    /** As the kiosk's writing-free entry gives them: no names. */
    private static final Household FAMILY = Household.of(List.of(
            Member.of("spouse", LocalDate.of(1987, 5, 1)).withSex(Sex.MALE).asHouseholder(),
            Member.of("child", LocalDate.of(2019, 6, 1)),
            Member.of("child", LocalDate.of(2024, 2, 1))));

    @Test
    void aTableOfChildrenListsOnlyTheChildrenNeverTheApplicant() {
        PrintedHousehold household = PrintedHousehold.of(MOTHER, Optional.empty(), Optional.of(FAMILY), Optional.empty());

        List<PrintedPerson> children = household.rows(TableRole.CHILDREN, List.of());

        assertThat(children).extracting(PrintedPerson::ref).containsExactly("household[1]", "household[2]");
        assertThat(children).allSatisfy(child -> {
            assertThat(child.name()).as("a name nobody gave stays blank").isEmpty();
            assertThat(child.kinship()).hasValue("子");
        });
    }

    @Test
    void theApplicantIsSeenFromTheSpouseWhoHeadsTheHousehold() {
        PrintedHousehold household = PrintedHousehold.of(MOTHER, Optional.of("ヤマダ ハナコ"), Optional.of(FAMILY),
                Optional.empty());

        assertThat(household.applicant().kinship()).hasValue("妻");
        assertThat(household.people().get(1).kinship()).hasValue("世帯主");
        assertThat(household.householderName()).as("the 世帯主's name is not known yet").isEmpty();
    }

    @Test
    void aProceduresConcernsNarrowTheRoleButNeverWidenIt() {
        PrintedHousehold household = PrintedHousehold.of(MOTHER, Optional.empty(), Optional.of(FAMILY), Optional.empty());

        assertThat(household.rows(TableRole.CHILDREN, List.of("resident", "household[2]")))
                .extracting(PrintedPerson::ref).containsExactly("household[2]");
        assertThat(household.rows(TableRole.DECEASED, List.of())).isEmpty();
        assertThat(household.rows(TableRole.EVERYONE, List.of())).hasSize(4);
    }

    @Test
    void aTableOfTheConcernedListsOnlyWhomTheProcedureNamesAndNobodyWhenItNamesNobody() {
        BasicFourInfo daughter = new BasicFourInfo("木村 恵子", "静岡県下田市一丁目1番1号", LocalDate.of(1975, 2, 14), Sex.FEMALE);
        PrintedHousehold household = PrintedHousehold.of(daughter, Optional.empty(), Optional.of(Household.of(List.of(
                Member.of("parent", LocalDate.of(1947, 3, 3)).withSex(Sex.MALE),
                Member.of("parent", LocalDate.of(1957, 1, 20)).withSex(Sex.FEMALE),
                Member.of("parent", LocalDate.of(1946, 8, 8)).withSex(Sex.MALE).asDeceased()))), Optional.empty());

        // 後期高齢者医療: the father of 78, named by the procedure; the daughter who reports it is not insured.
        assertThat(household.rows(TableRole.CONCERNED, List.of("household[0]")))
                .extracting(PrintedPerson::ref).containsExactly("household[0]");
        assertThat(household.rows(TableRole.CONCERNED, List.of("household[0]", "household[1]")))
                .extracting(p -> p.kinship().orElseThrow()).containsExactly("父", "母");
        // A procedure still to confirm names nobody: nobody is listed in anyone's place.
        assertThat(household.rows(TableRole.CONCERNED, List.of())).isEmpty();
        assertThat(household.rows(TableRole.CONCERNED, List.of("household[2]"))).as("never the deceased").isEmpty();
    }

    @Test
    void theLivingAfterADeathAreEveryoneButTheDeceasedSeenFromTheNewHouseholderWhoComesFirst() {
        BasicFourInfo widow = new BasicFourInfo("佐藤 和子", "静岡県下田市四丁目5番6号", LocalDate.of(1952, 4, 4), Sex.FEMALE);
        Household afterTheDeath = Household.of(List.of(
                Member.of("spouse", LocalDate.of(1950, 1, 1)).withSex(Sex.MALE).asDeceased(),
                Member.of("child", LocalDate.of(1980, 2, 2)).withSex(Sex.FEMALE),
                Member.of("child", LocalDate.of(1975, 3, 3)).withSex(Sex.MALE).asHouseholder()));
        PrintedHousehold household = PrintedHousehold.of(widow, Optional.empty(), Optional.of(afterTheDeath), Optional.empty());

        // Even when a procedure's concerns name the deceased, a table of the living never lists him.
        List<PrintedPerson> living = household.rows(TableRole.LIVING,
                List.of("resident", "household[0]", "household[1]", "household[2]"));

        assertThat(living).extracting(PrintedPerson::ref).containsExactly("household[2]", "resident", "household[1]");
        assertThat(living).extracting(p -> p.kinship().orElseThrow()).containsExactly("世帯主", "母", "妹");
        assertThat(household.rows(TableRole.LIVING, List.of("household[1]"))).extracting(PrintedPerson::ref)
                .containsExactly("household[1]");
    }

    @Test
    void afterASpouseDiesTheChildrenAreTheDeceasedsChildrenAndTheOtherHeirsButTheApplicantsParentIsNeither() {
        BasicFourInfo widow = new BasicFourInfo("高橋 由美", "静岡県下田市四丁目5番6号", LocalDate.of(1980, 1, 20), Sex.FEMALE);
        PrintedHousehold household = PrintedHousehold.of(widow, Optional.empty(), Optional.of(Household.of(List.of(
                Member.of("spouse", LocalDate.of(1978, 6, 6)).withSex(Sex.MALE).asDeceased(),
                Member.of("child", LocalDate.of(2012, 3, 3)),
                Member.of("parent", LocalDate.of(1950, 5, 5)).withSex(Sex.FEMALE),
                Member.of("grandchild", LocalDate.of(2024, 1, 1))))), Optional.empty());

        assertThat(household.rows(TableRole.CHILDREN_OF_DECEASED, List.of())).extracting(PrintedPerson::ref)
                .containsExactly("household[1]");
        assertThat(household.rows(TableRole.OTHER_HEIRS, List.of())).extracting(PrintedPerson::ref)
                .as("her mother is no heir of her husband, nor is a grandchild while its parent lives")
                .containsExactly("household[1]");
    }

    @Test
    void afterAParentDiesTheOtherParentIsAnHeirAndTheApplicantsChildrenAreNotTheDeceasedsChildren() {
        BasicFourInfo son = new BasicFourInfo("佐藤 一郎", "静岡県下田市四丁目5番6号", LocalDate.of(1975, 3, 3), Sex.MALE);
        PrintedHousehold household = PrintedHousehold.of(son, Optional.empty(), Optional.of(Household.of(List.of(
                Member.of("parent", LocalDate.of(1948, 1, 1)).withSex(Sex.MALE).asDeceased(),
                Member.of("parent", LocalDate.of(1950, 2, 2)).withSex(Sex.FEMALE),
                Member.of("spouse", LocalDate.of(1977, 4, 4)).withSex(Sex.FEMALE),
                Member.of("child", LocalDate.of(2010, 5, 5))))), Optional.empty());

        assertThat(household.rows(TableRole.OTHER_HEIRS, List.of())).extracting(PrintedPerson::ref)
                .containsExactly("household[1]");
        assertThat(household.rows(TableRole.CHILDREN_OF_DECEASED, List.of())).isEmpty();
    }

    @Test
    void withoutAKnownHouseholdOnlyTheApplicantIsPrintedAsHouseholder() {
        PrintedHousehold household = PrintedHousehold.of(MOTHER, Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(household.rows(TableRole.CHILDREN, List.of())).isEmpty();
        assertThat(household.applicant().kinship()).hasValue("世帯主");
        assertThat(household.householderName()).hasValue("山田 花子");
    }

    @Test
    void someoneOutsideTheListHeadingTheHouseholdLeavesTheKinshipsToTheClerk() {
        PrintedHousehold household = PrintedHousehold.of(MOTHER, Optional.empty(),
                Optional.of(Household.of(List.of(Member.of("child", LocalDate.of(2019, 6, 1))))), Optional.of("佐藤 一郎"));

        assertThat(household.householderName()).hasValue("佐藤 一郎");
        assertThat(household.applicant().kinship()).isEmpty();
        assertThat(household.people().get(1).kinship()).isEmpty();
    }
}
