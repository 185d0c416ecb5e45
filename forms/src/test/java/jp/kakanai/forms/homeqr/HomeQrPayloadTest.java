package jp.kakanai.forms.homeqr;

import static jp.kakanai.forms.homeqr.HomeQrPayloads.MADE;
import static jp.kakanai.forms.homeqr.HomeQrPayloads.TWO_WEEKS;
import static jp.kakanai.forms.homeqr.HomeQrPayloads.single;
import static jp.kakanai.forms.homeqr.HomeQrPayloads.withName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import jp.kakanai.forms.navigation.Answers;
import jp.kakanai.forms.navigation.Relationship;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.resident.Sex;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** The payload refuses what would not fit or not read back, naming the field and never quoting the value. */
class HomeQrPayloadTest {

    @Test
    void namesAreCountedInCharactersSoASurrogatePairCountsOnce() {
        assertThat(withName("𠮷".repeat(HomeQrLimits.NAME)).resident().name()).hasSize(2 * HomeQrLimits.NAME);
        refused(() -> withName("𠮷".repeat(HomeQrLimits.NAME + 1)), "resident.name")
                .hasMessage("At most 40 characters (41 given).");
    }

    @Test
    void brokenOrEmptyTextIsRefused() {
        refused(() -> withName("  "), "resident.name").hasMessage("This field is required.");
        refused(() -> withName("山田\n太郎"), "resident.name").hasMessageContaining("control character");
        refused(() -> withName("山田\u2028太郎"), "resident.name").hasMessageContaining("line break");
        refused(() -> withName("山田\uD842"), "resident.name").hasMessageContaining("lone surrogate");
        refused(() -> withName("\uDFB7山田"), "resident.name").hasMessageContaining("lone surrogate at 0");
        HomeQrPayload p = single();
        refused(() -> new HomeQrPayload(p.lifeEvent(), new BasicFourInfo("山田", "東".repeat(HomeQrLimits.ADDRESS + 1),
                p.resident().birthDate(), Sex.MALE), p.kana(), p.answers(), p.household(), p.createdAt(), p.expiresAt()),
                "resident.address");
        refused(() -> new HomeQrPayload(p.lifeEvent(), p.resident(), Optional.of("ア".repeat(HomeQrLimits.KANA + 1)),
                p.answers(), p.household(), p.createdAt(), p.expiresAt()), "resident.kana");
    }

    @Test
    void blankKanaMeansNoKana() {
        HomeQrPayload p = single();
        assertThat(new HomeQrPayload(p.lifeEvent(), p.resident(), Optional.of(" "), p.answers(), p.household(),
                p.createdAt(), p.expiresAt()).kana()).isEmpty();
    }

    @Test
    void birthDatesMustBeRealAndPast() {
        HomeQrPayload p = single();
        LocalDate dayAfterMaking = LocalDate.of(2026, 5, 12);
        refused(() -> new HomeQrPayload(p.lifeEvent(), new BasicFourInfo("山田", "東京都", dayAfterMaking, Sex.MALE),
                p.kana(), p.answers(), p.household(), p.createdAt(), p.expiresAt()), "resident.birthDate")
                .hasMessage("The birth date is in the future.");
        refused(() -> new HomeQrPayload(p.lifeEvent(), new BasicFourInfo("山田", "東京都", LocalDate.of(1872, 12, 31), Sex.MALE),
                p.kana(), p.answers(), p.household(), p.createdAt(), p.expiresAt()), "resident.birthDate");
        refused(() -> withHousehold(List.of(HomeQrMember.of(Relationship.CHILD, dayAfterMaking))), "household[0].birthDate");
    }

    @Test
    void theHouseholdHasAtMostNineMembersAndOneDeceased() {
        HomeQrMember child = HomeQrMember.of(Relationship.CHILD, LocalDate.of(2010, 1, 1));
        assertThat(withHousehold(Collections.nCopies(HomeQrLimits.HOUSEHOLD, child)).household().orElseThrow()).hasSize(9);
        refused(() -> withHousehold(Collections.nCopies(HomeQrLimits.HOUSEHOLD + 1, child)), "household");
        HomeQrMember deceased = HomeQrMember.of(Relationship.PARENT, LocalDate.of(1940, 1, 1)).asDeceased();
        refused(() -> withHousehold(List.of(deceased, deceased)), "household").hasMessageContaining("one household member");
    }

    @Test
    void aMembersFieldErrorNamesTheFieldWithinTheMember() {
        assertThatThrownBy(() -> HomeQrMember.of(Relationship.CHILD, LocalDate.of(2010, 1, 1)).named("𠮷".repeat(41), null, null))
                .isInstanceOfSatisfying(InvalidHomeQrPayloadException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.within("household[3]").field()).isEqualTo("household[3].name");
                });
        refused(() -> HomeQrMember.of(null, LocalDate.of(2010, 1, 1)), "relationship");
    }

    @Test
    void answersAreQuestionIdsAndChoiceValues() {
        refused(() -> withAnswers(Answers.of("Dog", "yes")), "answers");
        refused(() -> withAnswers(Answers.of("dog", "はい")), "answers.dog");
        refused(() -> withAnswers(Answers.of("dog", "y".repeat(HomeQrLimits.ANSWER_ID + 1))), "answers.dog");
        Answers many = Answers.none();
        for (int i = 0; i <= HomeQrLimits.ANSWERS; i++) {
            many = many.with("q" + i, "yes");
        }
        Answers tooMany = many;
        refused(() -> withAnswers(tooMany), "answers").hasMessage("At most 30 answers.");
    }

    @Test
    void aCodeExpiresAfterItIsMadeAndWithinNinetyDays() {
        HomeQrPayload p = single();
        refused(() -> new HomeQrPayload(p.lifeEvent(), p.resident(), p.kana(), p.answers(), p.household(), MADE, MADE), "expiresAt");
        refused(() -> HomeQrPayload.issue(p.lifeEvent(), p.resident(), p.kana(), p.answers(), p.household(), MADE,
                Duration.ofDays(91)), "expiresAt");
        assertThat(HomeQrPayload.issue(p.lifeEvent(), p.resident(), p.kana(), p.answers(), p.household(),
                MADE.plusMillis(999), TWO_WEEKS).createdAt()).isEqualTo(MADE);
        refused(() -> new HomeQrPayload(null, p.resident(), p.kana(), p.answers(), p.household(), MADE, MADE.plus(TWO_WEEKS)),
                "lifeEvent");
    }

    private static HomeQrPayload withHousehold(List<HomeQrMember> members) {
        HomeQrPayload p = single();
        return new HomeQrPayload(p.lifeEvent(), p.resident(), p.kana(), p.answers(), Optional.of(members),
                p.createdAt(), p.expiresAt());
    }

    private static HomeQrPayload withAnswers(Answers answers) {
        HomeQrPayload p = single();
        return new HomeQrPayload("move-in", p.resident(), p.kana(), answers, p.household(), p.createdAt(), p.expiresAt());
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(Runnable making, String field) {
        return assertThatThrownBy(making::run)
                .isInstanceOfSatisfying(InvalidHomeQrPayloadException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
