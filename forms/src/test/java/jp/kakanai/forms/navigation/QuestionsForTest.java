package jp.kakanai.forms.navigation;

import static jp.kakanai.forms.navigation.Households.VISIT;
import static jp.kakanai.forms.navigation.Households.cardHolderAged;
import static jp.kakanai.forms.navigation.Households.childAged;
import static jp.kakanai.forms.navigation.Households.deceasedSpouseAged;
import static jp.kakanai.forms.navigation.Households.spouseAged;
import static jp.kakanai.forms.navigation.Households.withoutCardAged;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Only the questions whose answer can change the checklist; never what the card already says. */
class QuestionsForTest {
    private final Navigator navigator = SampleTown.navigator();

    private List<String> questions(LifeEvent event, Resident resident, Household household, Answers answers) {
        return navigator.questionsFor(new Facts(event, VISIT, resident, Optional.of(household), answers)).stream()
                .map(Question::id).toList();
    }

    @Test
    void aCardHolderOfThirtyMovingInAloneIsAskedSevenThings() {
        // Alone: no nursery, single-parent or child-allowance question.
        assertThat(questions(SampleTown.MOVE_IN, cardHolderAged(30), Household.alone(), Answers.none()))
                .containsExactly("health-insurance", "pension-first-category", "seal-wanted", "dog", "juminhyo-wanted",
                        "disability-certificate", "moped");
    }

    @Test
    void withoutACardReadTheCardQuestionIsAsked() {
        assertThat(questions(SampleTown.MOVE_IN, withoutCardAged(30), Household.alone(), Answers.none()))
                .contains("my-number-card");
    }

    @Test
    void anUnknownHouseholdIsAskedForFirstAndKeepsTheQuestionsItCouldMakeMatter() {
        Navigator today = new Navigator(SampleTown.catalog(), Clock.fixed(
                VISIT.atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant(), ZoneId.of("Asia/Tokyo")));

        List<String> ids = today.questionsFor(SampleTown.MOVE_IN, cardHolderAged(30)).stream().map(Question::id).toList();

        assertThat(ids).containsExactly("household", "health-insurance", "pension-first-category", "care-certified",
                "public-servant", "seal-wanted", "dog", "juminhyo-wanted", "nursery-wanted", "single-parent",
                "disability-certificate", "moped");
    }

    @Test
    void nothingKnownAtAllStillNeverAsksTheAge() {
        List<Question> questions = navigator.questionsFor(
                new Facts(SampleTown.MOVE_IN, VISIT, Resident.unknown(), Optional.empty(), Answers.none()));

        assertThat(questions).extracting(Question::id).contains("household", "health-insurance", "my-number-card")
                .noneMatch(id -> id.contains("age") || id.contains("birth"));
    }

    @Test
    void anElderlyCoupleIsNotAskedAboutPensionCategoryOrChildren() {
        assertThat(questions(SampleTown.MOVE_IN, cardHolderAged(70), Household.of(spouseAged(70)), Answers.none()))
                .containsExactly("health-insurance", "seal-wanted", "dog", "juminhyo-wanted", "disability-certificate",
                        "moped");
    }

    @Test
    void aCoupleOverSeventyFiveIsNotAskedAboutHealthInsurance() {
        assertThat(questions(SampleTown.MOVE_IN, cardHolderAged(77), Household.of(spouseAged(76)), Answers.none()))
                .containsExactly("seal-wanted", "dog", "juminhyo-wanted", "disability-certificate", "moped");
    }

    @Test
    void aFamilyIsAskedAboutTheChildAllowanceButNotAboutCareCertification() {
        assertThat(questions(SampleTown.MOVE_IN, cardHolderAged(36), Household.of(spouseAged(34), childAged(3)),
                Answers.none()))
                .contains("public-servant").doesNotContain("care-certified");
    }

    @Test
    void aWidowOfEightyIsAskedOnlyWhatCanStillMatter() {
        // The deceased was 82: 後期高齢者医療 settles insurance and 葬祭費; one survivor needs no 世帯主変更;
        // at 80 she cannot be a category 3 pensioner; with no children and the deceased over 64, no survivors'
        // pension, widow's pension or lump sum can depend on the deceased's pension category.
        assertThat(questions(SampleTown.DEATH, withoutCardAged(80), Household.of(deceasedSpouseAged(82)), Answers.none()))
                .containsExactly("death-registered", "deceased-received-pension", "deceased-dog", "juminhyo-wanted",
                        "deceased-seal-registered", "deceased-disability-certificate", "deceased-disability-services",
                        "deceased-medical-costs", "deceased-care-services", "deceased-elderly-services",
                        "deceased-property", "deceased-farmland", "deceased-forest", "deceased-vehicle",
                        "deceased-water-account", "deceased-public-housing", "deceased-cemetery", "deceased-domicile-here");
    }

    @Test
    void aYoungerDeathAsksAboutInsuranceHouseholdAndTheSurvivorsPension() {
        assertThat(questions(SampleTown.DEATH, withoutCardAged(55), Household.of(deceasedSpouseAged(58), childAged(20)),
                Answers.none()))
                .containsExactly("death-registered", "deceased-health-insurance", "deceased-received-pension",
                        "deceased-was-householder", "survivor-third-category", "deceased-dog", "juminhyo-wanted",
                        "deceased-seal-registered", "deceased-disability-certificate", "deceased-disability-services",
                        "deceased-medical-costs", "deceased-care-services", "deceased-elderly-services",
                        "deceased-first-category", "deceased-property", "deceased-farmland", "deceased-forest",
                        "deceased-vehicle", "deceased-water-account", "deceased-public-housing", "deceased-cemetery",
                        "deceased-domicile-here");
    }

    @Test
    void answersNarrowTheQuestionsThatFollow() {
        List<String> before = questions(SampleTown.MARRIAGE, withoutCardAged(28), Household.alone(), Answers.none());
        List<String> after = questions(SampleTown.MARRIAGE, withoutCardAged(28), Household.alone(),
                Answers.of("surname-change", "no"));

        assertThat(before).contains("surname-change", "seal-registered", "my-number-card");
        assertThat(after).doesNotContain("surname-change", "seal-registered", "my-number-card")
                .contains("marriage-move", "joins-spouse-insurance");
    }

    @Test
    void aDontKnowAnswerIsNotAskedAgain() {
        assertThat(questions(SampleTown.MOVE_IN, cardHolderAged(30), Household.alone(),
                Answers.of("health-insurance", Answers.DONT_KNOW)))
                .doesNotContain("health-insurance");
    }

    @Test
    void everyQuestionSpeaksEveryKioskLanguageAndOffersDontKnow() {
        ProcedureCatalog catalog = SampleTown.catalog();

        assertThat(catalog.languages()).containsExactly("ja", "en", "zh", "ko", "vi", "pt");
        for (Question question : catalog.questions()) {
            assertThat(question.text().texts()).as(question.id()).containsKeys("ja", "en", "zh", "ko", "vi", "pt");
            assertThat(question.clerkText()).as(question.id()).isPresent();
            if (question.type() != Question.Type.HOUSEHOLD) {
                assertThat(question.choices()).as(question.id()).last()
                        .extracting(Question.Choice::value).isEqualTo(Answers.DONT_KNOW);
                question.choices().forEach(c -> assertThat(c.text().texts()).containsKeys("zh", "ko", "vi", "pt"));
            }
        }
    }

    @Test
    void furiganaMarkupBecomesRubyOrPlainText() {
        String marked = "{犬|いぬ}を {飼|か}って いますか。";

        assertThat(RubyText.plain(marked)).isEqualTo("犬を 飼って いますか。");
        assertThat(RubyText.html(marked)).isEqualTo(
                "<ruby>犬<rt>いぬ</rt></ruby>を <ruby>飼<rt>か</rt></ruby>って いますか。");
        assertThat(RubyText.html("<b>{犬|いぬ}")).startsWith("&lt;b&gt;");
        assertThat(RubyText.problem("{犬|いぬを")).isPresent();
    }
}
