package jp.kakanai.forms.checkin;

import java.util.List;
import jp.kakanai.forms.resident.BasicFourInfo;

/**
 * What a kiosk sends to the server to check a resident in ({@code POST /api/visits}): the resident's
 * data, the life event and the procedures chosen. Shared by server and kiosk as the API's data type.
 */
public record CheckIn(BasicFourInfo resident, String lifeEvent, List<String> procedures) {
    public CheckIn {
        procedures = procedures == null ? List.of() : List.copyOf(procedures);
    }
}
