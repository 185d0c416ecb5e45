package jp.kakanai.forms.checkin;

import java.util.List;
import java.util.Optional;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.resident.MyNumberDigits;
import jp.kakanai.forms.text.Redacted;

/**
 * What a kiosk sends to the server to check a resident in ({@code POST /api/visits}): the resident's
 * data, the life event, the procedures chosen and, only when a chosen procedure's form asks for it, the
 * resident's 個人番号 (My Number, 12 digits; see {@link MyNumberDigits}). Shared by server and kiosk as
 * the API's data type. {@link #toString()} masks the number and the resident ({@link BasicFourInfo} masks
 * itself), so that logging a check-in cannot leak either.
 */
public record CheckIn(BasicFourInfo resident, String lifeEvent, List<String> procedures, Optional<String> myNumber) {
    public CheckIn {
        procedures = procedures == null ? List.of() : List.copyOf(procedures);
        myNumber = myNumber == null ? Optional.empty() : myNumber;
    }

    /** Without a My Number. */
    public CheckIn(BasicFourInfo resident, String lifeEvent, List<String> procedures) {
        this(resident, lifeEvent, procedures, Optional.empty());
    }

    /** This check-in with the resident's My Number, for forms that have its boxes. */
    public CheckIn withMyNumber(String digits) {
        return new CheckIn(resident, lifeEvent, procedures, Optional.of(digits));
    }

    @Override
    public String toString() {
        return Redacted.record(this, "resident", "lifeEvent", "procedures");
    }
}
