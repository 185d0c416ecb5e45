package jp.kakanai.server.visit;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.List;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.resident.Sex;
import jp.kakanai.server.api.ApiJson;

/** Check-ins for tests: a resident moving in, born on the first day of Heisei. */
public final class CheckInFixture {
    private CheckInFixture() {
    }

    public static BasicFourInfo resident() {
        return new BasicFourInfo("書可 内子", "東京都千代田区霞が関二丁目1番2号", LocalDate.of(1989, 1, 8), Sex.FEMALE);
    }

    public static CheckIn moveIn() {
        return new CheckIn(resident(), "move-in", List.of("resident-move-in", "juminhyo-request"));
    }

    /**
     * Moving in with the number read from the card: the kiosk sends it only when a procedure's form prints
     * it (here 国民健康保険 加入), and the server refuses it otherwise.
     */
    public static CheckIn moveInWithMyNumber(String myNumber) {
        return new CheckIn(resident(), "move-in", List.of("resident-move-in", "juminhyo-request", "nhi-enroll"))
                .withMyNumber(myNumber);
    }

    public static String json(CheckIn checkIn) {
        try {
            return ApiJson.mapper().writeValueAsString(checkIn);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String moveInJson() {
        return json(moveIn());
    }
}
