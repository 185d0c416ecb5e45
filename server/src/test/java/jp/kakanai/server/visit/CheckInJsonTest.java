package jp.kakanai.server.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.kakanai.forms.checkin.Address;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.forms.checkin.EventFacts;
import jp.kakanai.forms.checkin.Household;
import jp.kakanai.forms.checkin.Member;
import jp.kakanai.forms.checkin.MoveFacts;
import jp.kakanai.forms.resident.Sex;
import jp.kakanai.server.api.ApiJson;
import org.junit.jupiter.api.Test;

class CheckInJsonTest {

    @Test
    void aCheckInWithHouseholdMoveAndAnswersSurvivesTheApisJsonWithNothingExtra() throws Exception {
        CheckIn checkIn = CheckInFixture.moveIn().withKana("カキ ナイコ")
                .withHousehold(Household.of(List.of(Member.of("spouse", LocalDate.of(1987, 5, 1)).withSex(Sex.MALE)
                        .asHouseholder(), Member.of("child", LocalDate.of(2019, 6, 1)).named("書可 一郎", "カキ イチロウ"))))
                .withEvent(EventFacts.move(MoveFacts.of(LocalDate.of(2026, 11, 20),
                        Address.inTown("0000003", 4, 5, "かかないハイツ101号室"), Address.text("東京都千代田区霞が関二丁目1番2号"))))
                .withAnswers(Map.of("dog", "no"));

        String text = ApiJson.mapper().writeValueAsString(checkIn);

        assertThat(text).doesNotContain("inTown").doesNotContain("\"empty\"").contains("\"householder\":true");
        assertThat(ApiJson.mapper().readValue(text, CheckIn.class)).isEqualTo(checkIn);
    }

    @Test
    void theBodyBeforeIssue13IsReadWithNothingMore() throws Exception {
        CheckIn old = ApiJson.mapper().readValue(CheckInFixture.moveInJson()
                .replaceAll(",\"(kana|household|event|answers)\":(null|\\{\\})", ""), CheckIn.class);

        assertThat(old).isEqualTo(CheckInFixture.moveIn());
        assertThat(old.household()).isEmpty();
        assertThat(old.event()).isEmpty();
        assertThat(old.answers()).isEmpty();
    }
}
