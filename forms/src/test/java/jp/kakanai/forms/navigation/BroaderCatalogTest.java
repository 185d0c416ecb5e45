package jp.kakanai.forms.navigation;

import static jp.kakanai.forms.navigation.Households.VISIT;
import static jp.kakanai.forms.navigation.Households.cardHolderAged;
import static jp.kakanai.forms.navigation.Households.childAged;
import static jp.kakanai.forms.navigation.Households.deceasedSpouseAged;
import static jp.kakanai.forms.navigation.Households.spouseAged;
import static jp.kakanai.forms.navigation.Households.withoutCardAged;
import static jp.kakanai.forms.navigation.LifeEventChecklistTest.deathAnswers;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kakanai.forms.pack.TownPack;
import org.junit.jupiter.api.Test;

/**
 * The sample town as broad as a real one-stop counter (issue 17 §4): the おくやみ tasks across departments,
 * 離婚, 退職, 就職, 外国人住民の転入 and certificate-only visits, each household against its exact needs.
 */
class BroaderCatalogTest {
    private final Navigator navigator = SampleTown.navigator();

    private Checklist navigate(String event, Resident resident, Household household, Answers answers) {
        return navigator.navigate(SampleTown.event(event), resident, household, answers, VISIT);
    }

    private static ChecklistItem item(Checklist checklist, String procedureId) {
        return checklist.items().stream().filter(i -> i.procedureId().equals(procedureId)).findFirst()
                .orElseThrow(() -> new AssertionError(procedureId + " is not on " + checklist.procedureIds()));
    }

    @Test
    void deathHasFortyTasksAcrossTheDepartmentsAndEveryFormIsUsed() {
        ProcedureCatalog catalog = SampleTown.catalog();
        List<Procedure> death = catalog.procedures().stream()
                .filter(p -> !catalog.forEvent(SampleTown.DEATH).stream()
                        .filter(e -> e.procedure().equals(p)).toList().isEmpty())
                .toList();
        assertThat(death).hasSizeGreaterThanOrEqualTo(40);
        assertThat(death.stream().map(p -> p.department().id()).collect(Collectors.toSet()))
                .contains("shimin", "hoken-nenkin", "kaigo", "kodomo", "fukushi", "zeimu", "jogesuido", "jutaku",
                        "kankyo", "norin");
        TownPack pack = TownPack.sample();
        assertThat(pack.forms().all()).hasSizeGreaterThanOrEqualTo(25);
        Set<String> used = catalog.procedures().stream().flatMap(p -> p.formIds().stream()).collect(Collectors.toSet());
        assertThat(pack.forms().all()).allSatisfy(f -> assertThat(used).as(f.id()).contains(f.id()));
        assertThat(catalog.lifeEvents()).extracting(LifeEvent::id).contains("divorce", "retirement", "employment",
                "foreign-move-in", "certificate");
    }

    @Test
    void aParentDiesLeavingYoungChildren() {
        Household family = Household.of(deceasedSpouseAged(41), childAged(5), childAged(12));
        Answers answers = deathAnswers("death-registered", "yes", "deceased-health-insurance", "national",
                "deceased-received-pension", "no", "deceased-was-householder", "yes", "survivor-third-category", "no",
                "deceased-dog", "no", "juminhyo-wanted", "no", "deceased-received-child-allowance", "yes",
                "deceased-first-category", "yes");

        Checklist checklist = navigate("death", cardHolderAged(39), family, answers);

        assertThat(checklist.procedureIds()).contains("child-allowance", "child-medical-subsidy",
                "child-rearing-allowance", "single-parent-medical", "survivor-basic-pension", "tax-certificate",
                "nhi-householder-change", "nhi-withdraw", "funeral-expenses")
                .doesNotContain("widow-pension", "death-lump-sum");
        ChecklistItem allowance = item(checklist, "child-allowance");
        assertThat(allowance.reason().ja()).isEqualTo("児童手当の受給者が亡くなり、残されたお子さんを養育する方が新たに請求するため");
        assertThat(allowance.concerns()).containsExactly("household[1]", "household[2]");
        assertThat(item(checklist, "survivor-basic-pension").procedure().formIds()).containsExactly("survivor-pension-claim");
        assertThat(checklist.items()).allMatch(i -> i.certainty() == ChecklistItem.Certainty.NEEDED);
    }

    @Test
    void anOwnerOfLandACarAndAGraveDies() {
        Answers answers = deathAnswers("death-registered", "yes", "deceased-health-insurance", "workplace",
                "deceased-received-pension", "no", "deceased-was-householder", "no", "deceased-dog", "no",
                "juminhyo-wanted", "no", "deceased-property", "yes", "deceased-farmland", "yes", "deceased-forest", "yes",
                "deceased-vehicle", "yes", "deceased-water-account", "yes", "deceased-cemetery", "yes",
                "deceased-domicile-here", "yes", "deceased-public-housing", "no");

        Checklist checklist = navigate("death", cardHolderAged(60), Household.of(deceasedSpouseAged(64)), answers);

        assertThat(checklist.procedureIds()).containsSubsequence("koseki-certificate", "seal-certificate",
                "cemetery-succession", "property-tax-heir", "light-vehicle-tax", "water-account", "farmland-inheritance",
                "forest-land-owner");
        assertThat(checklist.departments()).extracting(Department::id)
                .containsSubsequence("shimin", "kankyo", "zeimu", "jogesuido", "norin");
        assertThat(item(checklist, "farmland-inheritance").deadline().orElseThrow().ja()).isEqualTo("相続を知ってから10か月以内");
        assertThat(item(checklist, "light-vehicle-tax").bring()).extracting(Document::id).contains("vehicle-plate");
    }

    @Test
    void theNhiChangeOfHouseholderConcernsEveryoneWhoStaysInsuredTheOneWhoReportsIncluded() {
        Answers answers = deathAnswers("death-registered", "yes", "deceased-health-insurance", "national",
                "deceased-received-pension", "no", "deceased-was-householder", "yes", "survivor-third-category", "no",
                "deceased-dog", "no", "juminhyo-wanted", "no", "deceased-received-child-allowance", "yes",
                "deceased-first-category", "no");

        Checklist family = navigate("death", cardHolderAged(39), Household.of(deceasedSpouseAged(41), childAged(5),
                childAged(12)), answers);
        Checklist widowAlone = navigate("death", cardHolderAged(60), Household.of(deceasedSpouseAged(62)), answers);
        Checklist widowOfSeventySix = navigate("death", cardHolderAged(76), Household.of(deceasedSpouseAged(70)), answers);

        // 国民健康保険法 §9: the new 世帯主 files for everyone left in the 国保 household, herself too, never the deceased.
        assertThat(item(family, "nhi-householder-change").concerns()).containsExactly("resident", "household[1]",
                "household[2]");
        assertThat(item(widowAlone, "nhi-householder-change").concerns()).containsExactly("resident");
        // At 75 she is in 後期高齢者医療, not the 国保: nobody stays insured in it.
        assertThat(widowOfSeventySix.procedureIds()).doesNotContain("nhi-householder-change");
    }

    @Test
    void aPensionerDiesAfterAHospitalStayWithCareAndADisabilityCertificate() {
        Answers answers = deathAnswers("death-registered", "yes", "deceased-received-pension", "yes",
                "deceased-was-householder", "no", "deceased-dog", "no", "juminhyo-wanted", "no",
                "deceased-medical-costs", "yes", "deceased-care-services", "yes", "deceased-disability-certificate", "yes",
                "deceased-elderly-services", "yes", "deceased-seal-registered", "yes");

        Checklist checklist = navigate("death", withoutCardAged(76), Household.of(deceasedSpouseAged(79)), answers);

        assertThat(checklist.procedureIds()).contains("seal-card-return", "late-elderly-medical", "high-medical-costs",
                "unpaid-pension", "care-high-costs", "elderly-services", "disability-certificate",
                "severe-disability-medical", "disability-allowance")
                .doesNotContain("nhi-householder-change", "death-lump-sum");
        assertThat(item(checklist, "disability-certificate").reason().ja()).isEqualTo("亡くなった方の障害者手帳を返還していただくため");
        assertThat(item(checklist, "disability-certificate").bring()).extracting(Document::id)
                .contains("deceased-disability-certificate");
    }

    @Test
    void aSelfEmployedHusbandDiesLeavingAWifeOfSixtyAndNoChildren() {
        Answers answers = deathAnswers("death-registered", "yes", "deceased-health-insurance", "national",
                "deceased-received-pension", "no", "deceased-was-householder", "yes", "deceased-dog", "no",
                "juminhyo-wanted", "no", "deceased-first-category", "yes", "survivor-third-category", "no");

        Checklist checklist = navigate("death", withoutCardAged(60), Household.of(deceasedSpouseAged(63)), answers);

        assertThat(checklist.procedureIds()).contains("widow-pension", "death-lump-sum", "tax-certificate")
                .doesNotContain("survivor-basic-pension", "child-rearing-allowance");
        // The widow's pension concerns the husband who died (category 1, under 65) and the widow.
        assertThat(item(checklist, "widow-pension").concerns()).containsExactlyInAnyOrder("household[0]", "resident");
    }

    @Test
    void aDivorceWithChildrenASurnameChangeAndASeparateHousehold() {
        Answers answers = Answers.of("divorce-move", "split-household", "divorce-surname", "yes", "seal-registered", "yes",
                "was-on-spouse-insurance", "yes", "was-third-category", "yes", "other-parent-received-child-allowance", "yes",
                "juminhyo-wanted", "no", "my-number-card", "yes");

        Checklist checklist = navigate("divorce", withoutCardAged(34), Household.of(childAged(6), childAged(9)), answers);

        assertThat(checklist.procedureIds()).containsExactly("my-number-card", "seal-registration", "residence-split",
                "divorce-registration", "nhi-enroll", "national-pension", "child-allowance", "child-medical-subsidy",
                "child-rearing-allowance", "single-parent-medical");
        assertThat(item(checklist, "national-pension").reason().ja()).isEqualTo("元の配偶者の扶養（第3号）から第1号に変わるため");
        assertThat(item(checklist, "nhi-enroll").bring()).extracting(Document::id).contains("insurance-loss-certificate");
    }

    @Test
    void aDivorceLeavingTheTownIsAMoveOut() {
        Answers answers = Answers.of("divorce-move", "leave-town", "divorce-surname", "no", "was-on-spouse-insurance", "no",
                "was-third-category", "no", "juminhyo-wanted", "no");

        Checklist checklist = navigate("divorce", cardHolderAged(40), Household.alone(), answers);

        assertThat(checklist.procedureIds()).containsExactly("resident-move-out", "divorce-registration");
    }

    @Test
    void retiringAtSixtyTwoSwitchesInsuranceAndTheDependentSpousesPension() {
        Answers answers = Answers.of("health-insurance", "national", "spouse-third-category", "yes",
                "public-servant", "no", "juminhyo-wanted", "no");

        Checklist checklist = navigate("retirement", cardHolderAged(62), Household.of(spouseAged(58)), answers);

        assertThat(checklist.procedureIds()).containsExactly("nhi-enroll", "national-pension", "resident-tax-collection");
        ChecklistItem pension = item(checklist, "national-pension");
        assertThat(pension.reason().ja()).isEqualTo("扶養していた配偶者も第3号から第1号に変わるため");
        assertThat(pension.concerns()).containsExactly("household[0]");
        assertThat(item(checklist, "nhi-enroll").concerns()).containsExactly("resident", "household[0]");
    }

    @Test
    void retiringAtThirtyFiveAloneBecomesCategoryOne() {
        Checklist checklist = navigate("retirement", cardHolderAged(35), Household.alone(),
                Answers.of("health-insurance", "national", "juminhyo-wanted", "no"));

        assertThat(checklist.procedureIds()).containsExactly("nhi-enroll", "national-pension", "resident-tax-collection");
        assertThat(item(checklist, "national-pension").reason().ja()).isEqualTo("退職して厚生年金（第2号）から第1号に変わるため");
    }

    @Test
    void startingAJobLeavesNationalInsuranceAndStopsThePensionExemption() {
        Checklist checklist = navigate("employment", cardHolderAged(25), Household.alone(),
                Answers.of("joined-employee-insurance", "yes", "pension-exemption", "yes", "juminhyo-wanted", "yes"));

        assertThat(checklist.procedureIds()).containsExactly("juminhyo-request", "nhi-withdraw", "national-pension",
                "resident-tax-collection");
        assertThat(item(checklist, "nhi-withdraw").bring()).extracting(Document::id).contains("new-insurance-proof");
    }

    @Test
    void aForeignFamilyMovesInWithAPreschoolChild() {
        Answers answers = Answers.of("health-insurance", "none", "pension-first-category", "yes", "public-servant", "no",
                "seal-wanted", "no", "dog", "no", "juminhyo-wanted", "no", "my-number-card", "no", "nursery-wanted", "yes",
                "single-parent", "no", "disability-certificate", "no", "moped", "no");

        Checklist checklist = navigate("foreign-move-in", withoutCardAged(30), Household.of(spouseAged(28), childAged(4)),
                answers);

        assertThat(checklist.procedureIds()).containsExactly("resident-move-in", "residence-card-address", "nhi-enroll",
                "national-pension", "child-allowance", "child-medical-subsidy", "nursery", "infant-checkups", "vaccinations");
        assertThat(item(checklist, "residence-card-address").bring()).extracting(Document::id)
                .containsExactly("residence-card", "passport");
        assertThat(SampleTown.event("foreign-move-in").move()).contains(LifeEvent.Move.IN);
        assertThat(SampleTown.event("foreign-move-in").impliedAnswers()).containsEntry("nhi-reason", "move-in");
    }

    @Test
    void aMoveInWithAMopedADisabilityCertificateAndAsASingleParent() {
        Answers answers = Answers.of("health-insurance", "workplace", "pension-first-category", "no", "public-servant", "no",
                "seal-wanted", "no", "dog", "no", "juminhyo-wanted", "no", "single-parent", "yes",
                "disability-certificate", "yes", "moped", "yes", "nursery-wanted", "no");

        Checklist checklist = navigate("move-in", cardHolderAged(38), Household.of(childAged(8)), answers);

        assertThat(checklist.procedureIds()).contains("child-rearing-allowance", "single-parent-medical",
                "disability-certificate", "light-vehicle-tax", "school-transfer", "vaccinations")
                .doesNotContain("nursery", "infant-checkups");
        assertThat(item(checklist, "light-vehicle-tax").reason().ja()).startsWith("原付を町の標識に変える");
        assertThat(item(checklist, "child-rearing-allowance").bring()).extracting(Document::id)
                .contains("income-certificate-other");
    }

    @Test
    void aCertificateOnlyVisitAsksOnlyWhichCertificates() {
        List<String> asked = navigator.questionsFor(new Facts(SampleTown.event("certificate"), VISIT, cardHolderAged(50),
                java.util.Optional.empty(), Answers.none())).stream().map(Question::id).toList();
        assertThat(asked).containsExactlyInAnyOrder("juminhyo-wanted", "wants-seal-certificate", "wants-tax-certificate",
                "wants-koseki");

        Checklist checklist = navigate("certificate", cardHolderAged(50), Household.alone(), Answers.of(
                "juminhyo-wanted", "yes", "wants-seal-certificate", "yes", "wants-tax-certificate", "yes", "wants-koseki", "no"));

        assertThat(checklist.procedureIds()).containsExactly("juminhyo-request", "seal-certificate", "tax-certificate");
        assertThat(checklist.items()).flatExtracting(i -> i.procedure().formIds())
                .containsExactly("juminhyo-request", "seal-registration", "tax-certificate-request");
    }

    @Test
    void aBirthWithANurseryWishAddsTheNurseryAndTheHealthCentre() {
        Household household = Household.of(spouseAged(30), HouseholdMember.living(Relationship.CHILD, VISIT.minusDays(9)));
        Answers answers = Answers.of("health-insurance", "workplace", "mother-first-category", "no", "public-servant", "no",
                "juminhyo-wanted", "no", "nursery-wanted", "yes");

        Checklist checklist = navigate("birth", cardHolderAged(32), household, answers);

        assertThat(checklist.procedureIds()).containsExactly("birth-registration", "child-allowance",
                "child-medical-subsidy", "nursery", "birth-contact-card", "infant-checkups", "vaccinations");
        assertThat(checklist.departments()).extracting(Department::id).containsExactly("shimin", "kodomo", "kenko");
    }
}
