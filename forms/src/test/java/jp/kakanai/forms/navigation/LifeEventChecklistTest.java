package jp.kakanai.forms.navigation;

import static jp.kakanai.forms.navigation.Households.VISIT;
import static jp.kakanai.forms.navigation.Households.cardHolderAged;
import static jp.kakanai.forms.navigation.Households.childAged;
import static jp.kakanai.forms.navigation.Households.deceasedSpouseAged;
import static jp.kakanai.forms.navigation.Households.spouseAged;
import static jp.kakanai.forms.navigation.Households.withoutCardAged;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each life event against the households of issue 6: the exact procedure set, in walking order. */
class LifeEventChecklistTest {
    private final Navigator navigator = SampleTown.navigator();

    private static final Answers NOTHING_SPECIAL = Answers.of(
            "health-insurance", "workplace", "pension-first-category", "no", "public-servant", "no",
            "seal-wanted", "no", "dog", "no", "juminhyo-wanted", "no", "care-certified", "no",
            "disability-certificate", "no", "moped", "no", "single-parent", "no", "nursery-wanted", "no");

    /** A death about which nothing beyond the basics applies: no property, no card, no services, … */
    static Answers deathAnswers(String... idsAndValues) {
        Answers answers = Answers.of("deceased-seal-registered", "no", "deceased-disability-certificate", "no",
                "deceased-disability-services", "no", "deceased-medical-costs", "no", "deceased-care-services", "no",
                "deceased-elderly-services", "no", "deceased-first-category", "no",
                "deceased-received-child-allowance", "no", "deceased-property", "no", "deceased-farmland", "no",
                "deceased-forest", "no", "deceased-vehicle", "no", "deceased-water-account", "no",
                "deceased-public-housing", "no", "deceased-cemetery", "no", "deceased-domicile-here", "no");
        for (int i = 0; i < idsAndValues.length; i += 2) {
            answers = answers.with(idsAndValues[i], idsAndValues[i + 1]);
        }
        return answers;
    }

    private static List<String> departmentIds(Checklist checklist) {
        return checklist.departments().stream().map(Department::id).toList();
    }

    @Test
    void singleThirtyYearOldMovingInWithACardNeedsTheMoveAndTheCard() {
        Checklist checklist = navigator.navigate(SampleTown.MOVE_IN, cardHolderAged(30), Household.alone(),
                NOTHING_SPECIAL, VISIT);

        assertThat(checklist.procedureIds()).containsExactly("resident-move-in", "my-number-card");
        assertThat(checklist.items()).allMatch(i -> i.certainty() == ChecklistItem.Certainty.NEEDED);
    }

    @Test
    void singleSelfEmployedThirtyYearOldAlsoJoinsNationalInsuranceAndPension() {
        Answers answers = NOTHING_SPECIAL.with("health-insurance", "national").with("pension-first-category", "yes");

        Checklist checklist = navigator.navigate(SampleTown.MOVE_IN, cardHolderAged(30), Household.alone(), answers, VISIT);

        assertThat(checklist.procedureIds())
                .containsExactly("resident-move-in", "my-number-card", "nhi-enroll", "national-pension");
        assertThat(departmentIds(checklist)).containsExactly("shimin", "hoken-nenkin");
        ChecklistItem nhi = checklist.items().get(2);
        assertThat(nhi.procedure().formIds()).containsExactly("nhi-enroll");
        assertThat(nhi.reason().ja()).isEqualTo("75歳未満で、勤め先の健康保険に入っていないため");
        assertThat(nhi.concerns()).containsExactly("resident");
    }

    @Test
    void familyWithAThreeAndATenYearOldMovingInWalksToChildrenAndSchoolDesks() {
        Household family = Household.of(spouseAged(34), childAged(3), childAged(10));

        Checklist checklist = navigator.navigate(SampleTown.MOVE_IN, cardHolderAged(36), family, NOTHING_SPECIAL, VISIT);

        assertThat(checklist.procedureIds()).containsExactly("resident-move-in", "my-number-card",
                "child-allowance", "child-medical-subsidy", "school-transfer", "infant-checkups", "vaccinations");
        assertThat(departmentIds(checklist)).containsExactly("shimin", "kodomo", "gakumu", "kenko");
        assertThat(checklist.items().get(5).concerns()).as("check-ups: the three-year-old").containsExactly("household[1]");
        assertThat(checklist.items().get(6).concerns()).as("vaccinations: both children")
                .containsExactly("household[1]", "household[2]");
        ChecklistItem school = checklist.items().get(4);
        assertThat(school.concerns()).containsExactly("household[2]");
        assertThat(school.bring()).extracting(Document::id).containsExactly("school-certificates");
        assertThat(checklist.items().get(2).concerns()).containsExactly("household[1]", "household[2]");
    }

    @Test
    void aCivilServantParentClaimsChildAllowanceAtWorkNotHere() {
        Household family = Household.of(spouseAged(34), childAged(3), childAged(10));

        Checklist checklist = navigator.navigate(SampleTown.MOVE_IN, cardHolderAged(36), family,
                NOTHING_SPECIAL.with("public-servant", "yes"), VISIT);

        assertThat(checklist.procedureIds()).doesNotContain("child-allowance").contains("child-medical-subsidy");
    }

    @Test
    void seventyYearOldCoupleOnNationalInsuranceMovingIn() {
        Checklist checklist = navigator.navigate(SampleTown.MOVE_IN, withoutCardAged(70), Household.of(spouseAged(70)),
                NOTHING_SPECIAL.with("health-insurance", "national").with("my-number-card", "yes"), VISIT);

        assertThat(checklist.procedureIds())
                .containsExactly("resident-move-in", "my-number-card", "nhi-enroll", "long-term-care");
        assertThat(departmentIds(checklist)).containsExactly("shimin", "hoken-nenkin", "kaigo");
        ChecklistItem care = checklist.items().get(3);
        assertThat(care.reason().ja()).isEqualTo("65歳以上のため");
        assertThat(care.reason().en()).isEqualTo("Aged 65 or over");
        assertThat(care.concerns()).containsExactly("resident", "household[0]");
    }

    @Test
    void seventySixYearOldOnLateElderlyMedicalMovingInBringsTheCoPaymentCertificate() {
        Checklist checklist = navigator.navigate(SampleTown.MOVE_IN, cardHolderAged(76), Household.alone(),
                NOTHING_SPECIAL, VISIT);

        assertThat(checklist.procedureIds())
                .containsExactly("resident-move-in", "my-number-card", "late-elderly-medical", "long-term-care");
        ChecklistItem lateElderly = checklist.items().get(2);
        assertThat(lateElderly.reason().ja()).isEqualTo("75歳以上のため");
        assertThat(lateElderly.bring()).extracting(Document::id).containsExactly("co-payment-certificate");
        assertThat(lateElderly.procedure().formIds()).containsExactly("late-elderly-medical");
    }

    @Test
    void deathInAHouseholdWhereTheSurvivorIsEighty() {
        Answers answers = deathAnswers("death-registered", "yes", "deceased-received-pension", "yes",
                "deceased-was-householder", "yes", "deceased-dog", "no", "juminhyo-wanted", "no");

        Checklist checklist = navigator.navigate(SampleTown.DEATH, withoutCardAged(80),
                Household.of(deceasedSpouseAged(82)), answers, VISIT);

        // One survivor: she becomes householder without a notification (世帯主変更 only with 2+ remaining).
        assertThat(checklist.procedureIds()).containsExactly("my-number-card-return", "late-elderly-medical",
                "pension-recipient-death", "funeral-expenses", "unpaid-pension", "long-term-care", "resident-tax-heir");
        assertThat(departmentIds(checklist)).containsExactly("shimin", "hoken-nenkin", "kaigo", "zeimu");
        assertThat(checklist.items().get(1).concerns()).containsExactly("household[0]");
        assertThat(checklist.items().get(3).reason().ja()).isEqualTo("後期高齢者医療の方が亡くなったため");
        assertThat(checklist.items().get(4).procedure().formIds()).containsExactly("survivor-pension-claim");
        // The pensioner's death is reported on the 受給権者死亡届, never on her own 被保険者関係届書.
        assertThat(checklist.items().get(2).procedure().formIds()).containsExactly("pension-recipient-death");
    }

    @Test
    void deathOfAHouseholderOnNationalInsuranceLeavingASpouseAndAChild() {
        Answers answers = deathAnswers("death-registered", "no", "deceased-health-insurance", "national",
                "deceased-received-pension", "no", "deceased-was-householder", "yes",
                "survivor-third-category", "yes", "deceased-dog", "yes", "juminhyo-wanted", "yes");
        Household household = Household.of(deceasedSpouseAged(58), childAged(20));

        Checklist checklist = navigator.navigate(SampleTown.DEATH, cardHolderAged(55), household, answers, VISIT);

        assertThat(checklist.procedureIds()).containsExactly("household-change", "death-registration",
                "juminhyo-request", "cremation-permit", "my-number-card-return", "nhi-withdraw", "national-pension",
                "funeral-expenses", "nhi-householder-change", "dog-registration-change", "resident-tax-heir");
        assertThat(checklist.items().get(6).reason().ja()).isEqualTo("配偶者が亡くなり、国民年金第3号から第1号に変わるため");
        assertThat(checklist.items().get(8).concerns()).as("she and the 20-year-old stay in the 国保 household")
                .containsExactly("resident", "household[1]");
    }

    @Test
    void familyMovingOutOnNationalInsurance() {
        Household family = Household.of(spouseAged(38), childAged(8), childAged(16));

        Checklist checklist = navigator.navigate(SampleTown.MOVE_OUT, cardHolderAged(40), family,
                NOTHING_SPECIAL.with("health-insurance", "national"), VISIT);

        assertThat(checklist.procedureIds()).containsExactly("resident-move-out", "nhi-withdraw",
                "child-allowance", "child-medical-subsidy", "school-transfer");
        assertThat(checklist.items().get(4).concerns()).containsExactly("household[1]");
    }

    @Test
    void elderlyCoupleMovingOutHandsBackInsuranceAndCareCards() {
        Checklist checklist = navigator.navigate(SampleTown.MOVE_OUT, cardHolderAged(78), Household.of(spouseAged(72)),
                NOTHING_SPECIAL.with("health-insurance", "national"), VISIT);

        assertThat(checklist.procedureIds()).containsExactly(
                "resident-move-out", "nhi-withdraw", "late-elderly-medical", "long-term-care");
        assertThat(checklist.items().get(1).concerns()).containsExactly("household[0]");
        assertThat(checklist.items().get(2).concerns()).containsExactly("resident");
    }

    @Test
    void movingWithinTheTownWithASchoolChildAndADog() {
        Checklist checklist = navigator.navigate(SampleTown.MOVE_WITHIN, cardHolderAged(45), Household.of(childAged(12)),
                NOTHING_SPECIAL.with("dog", "yes"), VISIT);

        assertThat(checklist.procedureIds()).containsExactly(
                "resident-move-within", "my-number-card", "school-transfer", "dog-registration-change");
        assertThat(departmentIds(checklist)).containsExactly("shimin", "gakumu", "kankyo");
    }

    @Test
    void birthInAHouseholdOnNationalInsuranceWithASelfEmployedMother() {
        Household household = Household.of(spouseAged(30), HouseholdMember.living(Relationship.CHILD, VISIT.minusDays(5)));
        Answers answers = Answers.of("health-insurance", "national", "mother-first-category", "yes",
                "public-servant", "no", "juminhyo-wanted", "no", "nursery-wanted", "no");

        Checklist checklist = navigator.navigate(SampleTown.BIRTH, cardHolderAged(32), household, answers, VISIT);

        assertThat(checklist.procedureIds()).containsExactly("birth-registration", "nhi-enroll", "national-pension",
                "child-allowance", "child-medical-subsidy", "birth-contact-card", "infant-checkups", "vaccinations");
        assertThat(checklist.items().get(0).deadline().orElseThrow().ja()).contains("14日以内").contains("戸籍法 第49条");
    }

    @Test
    void birthInAnEmployeeHouseholdNeedsNoInsuranceOrPensionDesk() {
        Answers answers = Answers.of("health-insurance", "workplace", "mother-first-category", "no",
                "public-servant", "no", "juminhyo-wanted", "no", "nursery-wanted", "no");

        HouseholdMember newborn = HouseholdMember.living(Relationship.CHILD, VISIT.minusDays(3));
        Checklist checklist = navigator.navigate(SampleTown.BIRTH, cardHolderAged(32),
                Household.of(spouseAged(30), childAged(4), newborn), answers, VISIT);

        assertThat(checklist.procedureIds()).containsExactly("birth-registration", "child-allowance",
                "child-medical-subsidy", "birth-contact-card", "infant-checkups", "vaccinations");
        assertThat(departmentIds(checklist)).containsExactly("shimin", "kodomo", "kenko");
        // 児童手当 lists the children raised, 子ども医療費 only the newborn (issue 13: the forms' tables follow).
        assertThat(checklist.items().stream().filter(i -> i.procedureId().equals("child-allowance")).findFirst()
                .orElseThrow().concerns()).containsExactly("household[1]", "household[2]");
        assertThat(checklist.items().stream().filter(i -> i.procedureId().equals("child-medical-subsidy")).findFirst()
                .orElseThrow().concerns()).containsExactly("household[2]");
    }

    @Test
    void marriageWithASurnameChangeAMoveAndARegisteredSeal() {
        Answers answers = Answers.of("marriage-move", "within-town", "surname-change", "yes", "seal-registered", "yes",
                "joins-spouse-insurance", "yes", "juminhyo-wanted", "no");

        Checklist checklist = navigator.navigate(SampleTown.MARRIAGE, cardHolderAged(28), Household.alone(), answers, VISIT);

        assertThat(checklist.procedureIds()).containsExactly("resident-move-within", "marriage-registration",
                "my-number-card", "seal-registration", "nhi-withdraw");
        assertThat(checklist.items().get(3).bring()).extracting(Document::id).containsExactly("seal", "photo-id", "seal-card");
    }

    @Test
    void marriageWithoutChangesIsJustTheRegistration() {
        Answers answers = Answers.of("marriage-move", "none", "surname-change", "no", "joins-spouse-insurance", "no",
                "juminhyo-wanted", "no");

        Checklist checklist = navigator.navigate(SampleTown.MARRIAGE, cardHolderAged(31), Household.alone(), answers, VISIT);

        assertThat(checklist.procedureIds()).containsExactly("marriage-registration");
    }

    @Test
    void anAnswerOfDontKnowKeepsTheProcedureForTheClerkToConfirm() {
        Checklist checklist = navigator.navigate(SampleTown.MOVE_IN, withoutCardAged(70), Household.of(spouseAged(70)),
                NOTHING_SPECIAL.with("health-insurance", Answers.DONT_KNOW).with("my-number-card", "no"), VISIT);

        ChecklistItem nhi = checklist.items().stream().filter(i -> i.procedureId().equals("nhi-enroll")).findFirst()
                .orElseThrow();
        assertThat(nhi.certainty()).isEqualTo(ChecklistItem.Certainty.TO_CONFIRM);
        assertThat(nhi.reason().ja()).isEqualTo("要確認: 75歳未満で、勤め先の健康保険に入っていないため");
        assertThat(nhi.reason().en()).startsWith("To confirm: ");
        assertThat(nhi.openQuestions()).containsExactly("health-insurance");
        assertThat(checklist.procedureIds()).doesNotContain("my-number-card");
    }

    @Test
    void aDeathWithoutTheDeceasedsBirthDateLeavesTheAgeRulesToConfirm() {
        Answers answers = deathAnswers("death-registered", "yes", "deceased-received-pension", "no",
                "deceased-dog", "no", "juminhyo-wanted", "no", "deceased-health-insurance", "workplace");

        Checklist checklist = navigator.navigate(SampleTown.DEATH, withoutCardAged(80), Household.alone(), answers, VISIT);

        assertThat(checklist.items()).filteredOn(i -> List.of("late-elderly-medical", "long-term-care", "funeral-expenses")
                .contains(i.procedureId())).hasSize(3).allMatch(i -> i.certainty() == ChecklistItem.Certainty.TO_CONFIRM);
        assertThat(checklist.items()).filteredOn(i -> i.certainty() == ChecklistItem.Certainty.NEEDED)
                .extracting(ChecklistItem::procedureId).containsExactly("my-number-card-return", "resident-tax-heir");
    }
}
