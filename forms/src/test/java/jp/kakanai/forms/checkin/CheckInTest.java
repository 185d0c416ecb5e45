package jp.kakanai.forms.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.resident.Sex;
import org.junit.jupiter.api.Test;

class CheckInTest {
    private static final BasicFourInfo RESIDENT =
            new BasicFourInfo("山田 太郎", "東京都千代田区", LocalDate.of(1970, 1, 1), Sex.MALE);

    @Test
    void checkInWithoutMyNumberHasNone() {
        assertThat(new CheckIn(RESIDENT, "move-in", List.of("resident-move-in")).myNumber()).isEmpty();
        assertThat(new CheckIn(RESIDENT, "move-in", null, null).procedures()).isEmpty();
    }

    @Test
    void textOfACheckInShowsWhatWasAskedButNeitherTheResidentNorTheMyNumber() {
        CheckIn checkIn = new CheckIn(RESIDENT, "move-in", List.of("nhi-enroll")).withMyNumber("123456789018");
        assertThat(checkIn.myNumber()).hasValue("123456789018");
        assertThat(checkIn.toString()).doesNotContain("123456789018", "9018", "山田", "太郎", "千代田", "1970")
                .isEqualTo("CheckIn[resident=BasicFourInfo[name=***, address=***, birthDate=***, sex=***],"
                        + " lifeEvent=move-in, procedures=[nhi-enroll], myNumber=***, kana=none, household=none, event=none,"
                        + " answers=none, reservation=none]");
        assertThat(new CheckIn(RESIDENT, "move-in", List.of()).toString()).contains("procedures=[], myNumber=none,");
    }
}
