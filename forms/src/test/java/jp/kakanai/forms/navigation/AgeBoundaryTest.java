package jp.kakanai.forms.navigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ages where procedures start and stop, each checked on both sides of its boundary day. Japanese law
 * counts an age as reached on the day before the birthday (介護保険, 国民年金, 印鑑登録), except 後期高齢者医療,
 * which starts on the 75th birthday itself; child benefits end with the school year (31 March).
 */
class AgeBoundaryTest {
    private final Navigator navigator = SampleTown.navigator();

    private static final Answers ANSWERS = Answers.of("health-insurance", "national", "pension-first-category", "yes",
            "public-servant", "no", "seal-wanted", "yes", "dog", "no", "juminhyo-wanted", "no", "care-certified", "no",
            "my-number-card", "no");

    private List<String> movingInAlone(LocalDate birthDate, LocalDate visit) {
        return navigator.navigate(SampleTown.MOVE_IN, Resident.bornOn(birthDate), Household.alone(), ANSWERS, visit)
                .procedureIds();
    }

    private List<String> movingInWithChild(Navigator nav, LocalDate childBirthDate, LocalDate visit) {
        Household household = Household.of(HouseholdMember.living(Relationship.CHILD, childBirthDate));
        return nav.navigate(SampleTown.MOVE_IN, Resident.bornOn(LocalDate.of(1985, 6, 1)), household, ANSWERS, visit)
                .procedureIds();
    }

    @Test
    void longTermCareStartsOnTheDayBeforeTheSixtyFifthBirthday() {
        LocalDate born = LocalDate.of(1961, 5, 12);

        assertThat(movingInAlone(born, LocalDate.of(2026, 5, 10))).doesNotContain("long-term-care");
        assertThat(movingInAlone(born, LocalDate.of(2026, 5, 11))).contains("long-term-care");
    }

    @Test
    void lateElderlyMedicalReplacesNationalInsuranceOnTheSeventyFifthBirthdayItself() {
        LocalDate born = LocalDate.of(1951, 5, 11);

        assertThat(movingInAlone(born, LocalDate.of(2026, 5, 10)))
                .contains("nhi-enroll").doesNotContain("late-elderly-medical");
        assertThat(movingInAlone(born, LocalDate.of(2026, 5, 11)))
                .contains("late-elderly-medical").doesNotContain("nhi-enroll");
    }

    @Test
    void nationalPensionStartsAtTwentyOnTheDayBeforeTheBirthday() {
        LocalDate born = LocalDate.of(2006, 5, 12);

        assertThat(movingInAlone(born, LocalDate.of(2026, 5, 10))).doesNotContain("national-pension");
        assertThat(movingInAlone(born, LocalDate.of(2026, 5, 11))).contains("national-pension");
    }

    @Test
    void nationalPensionEndsAtSixtyOnTheDayBeforeTheBirthday() {
        LocalDate born = LocalDate.of(1966, 5, 12);

        assertThat(movingInAlone(born, LocalDate.of(2026, 5, 10))).contains("national-pension");
        assertThat(movingInAlone(born, LocalDate.of(2026, 5, 11))).doesNotContain("national-pension");
    }

    @Test
    void sealRegistrationIsOpenFromFifteen() {
        LocalDate born = LocalDate.of(2011, 5, 12);

        assertThat(movingInAlone(born, LocalDate.of(2026, 5, 10))).doesNotContain("seal-registration");
        assertThat(movingInAlone(born, LocalDate.of(2026, 5, 11))).contains("seal-registration");
    }

    @Test
    void childAllowanceRunsToTheEndOfTheSchoolYearInWhichTheChildTurnsEighteen() {
        // Born 1 April: turns 18 (legally) on 31 March, so that very day is the last one.
        LocalDate bornFirstOfApril = LocalDate.of(2008, 4, 1);
        assertThat(movingInWithChild(navigator, bornFirstOfApril, LocalDate.of(2026, 3, 31))).contains("child-allowance");
        assertThat(movingInWithChild(navigator, bornFirstOfApril, LocalDate.of(2026, 4, 1))).doesNotContain("child-allowance");

        // Born a day later: one school year below, paid until 31 March of the next year.
        LocalDate bornSecondOfApril = LocalDate.of(2008, 4, 2);
        assertThat(movingInWithChild(navigator, bornSecondOfApril, LocalDate.of(2027, 3, 31))).contains("child-allowance");
        assertThat(movingInWithChild(navigator, bornSecondOfApril, LocalDate.of(2027, 4, 1))).doesNotContain("child-allowance");
    }

    @Test
    void schoolProceduresStartWithTheFirstGrade() {
        LocalDate firstGrader = LocalDate.of(2019, 4, 1);
        LocalDate oneDayYounger = LocalDate.of(2019, 4, 2);
        LocalDate firstSchoolDay = LocalDate.of(2025, 4, 1);

        assertThat(movingInWithChild(navigator, firstGrader, firstSchoolDay)).contains("school-transfer");
        assertThat(movingInWithChild(navigator, oneDayYounger, firstSchoolDay)).doesNotContain("school-transfer");
        // The last day of junior high school (中学3年, 31 March) still counts; the next day does not.
        LocalDate juniorHighGraduate = LocalDate.of(2010, 5, 1);
        assertThat(movingInWithChild(navigator, juniorHighGraduate, LocalDate.of(2026, 3, 31))).contains("school-transfer");
        assertThat(movingInWithChild(navigator, juniorHighGraduate, LocalDate.of(2026, 4, 1))).doesNotContain("school-transfer");
    }

    @Test
    void childMedicalSubsidyEndsWithJuniorHighOrHighSchoolByTheTownsSetting() {
        Navigator untilFifteen = navigatorWithSetting("childMedicalSubsidyUntilAge", 15);
        LocalDate born = LocalDate.of(2010, 5, 1); // 中学3年 until 31 March 2026
        LocalDate lastDayOfJuniorHigh = LocalDate.of(2026, 3, 31);
        LocalDate firstDayOfHighSchool = LocalDate.of(2026, 4, 1);

        assertThat(movingInWithChild(untilFifteen, born, lastDayOfJuniorHigh)).contains("child-medical-subsidy");
        assertThat(movingInWithChild(untilFifteen, born, firstDayOfHighSchool)).doesNotContain("child-medical-subsidy");
        // The shipped setting (18) covers high school too, to the end of 高校3年.
        assertThat(movingInWithChild(navigator, born, firstDayOfHighSchool)).contains("child-medical-subsidy");
        assertThat(movingInWithChild(navigator, born, LocalDate.of(2029, 3, 31))).contains("child-medical-subsidy");
        assertThat(movingInWithChild(navigator, born, LocalDate.of(2029, 4, 1))).doesNotContain("child-medical-subsidy");
    }

    @Test
    void agesAreCountedTheWayJapaneseLawCountsThem() {
        LocalDate born = LocalDate.of(1961, 5, 12);
        LocalDate eve = LocalDate.of(2026, 5, 11);

        assertThat(Ages.LEGAL.of(born, eve)).isEqualTo(65);
        assertThat(Ages.FROM_BIRTHDAY.of(born, eve)).isEqualTo(64);
        assertThat(Ages.SCHOOL_YEAR.of(LocalDate.of(2019, 4, 1), LocalDate.of(2026, 3, 31))).isEqualTo(6);
        // A leap-day child reaches an age on 28 February in common years.
        assertThat(Ages.LEGAL.of(LocalDate.of(2008, 2, 29), LocalDate.of(2026, 2, 28))).isEqualTo(18);
        assertThat(Ages.LEGAL.of(LocalDate.of(2008, 2, 29), LocalDate.of(2026, 2, 27))).isEqualTo(17);
    }

    static Navigator navigatorWithSetting(String setting, int value) {
        java.util.Map<String, String> files = new java.util.TreeMap<>(jp.kakanai.forms.json.DataFiles.sample().all());
        files.put("town.json", files.get("town.json").replaceFirst("\"" + setting + "\": \\d+", "\"" + setting + "\": " + value));
        return jp.kakanai.forms.pack.TownPackLoader.load(new jp.kakanai.forms.json.DataFiles(files))
                .navigator(java.time.Clock.systemUTC());
    }
}
