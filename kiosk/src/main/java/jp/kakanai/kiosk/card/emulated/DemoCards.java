package jp.kakanai.kiosk.card.emulated;

import java.time.LocalDate;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.resident.Sex;

/** The demo resident whose emulated card sits in the demo kiosk's reader (fictitious data). */
public final class DemoCards {
    /** Born on the last day of 昭和 (昭和64年1月7日), so forms show the era boundary. */
    public static final BasicFourInfo RESIDENT = new BasicFourInfo(
            "山田 花子", "東京都千代田区霞が関一丁目2番3号 かかないハイツ101号室",
            LocalDate.of(1989, 1, 7), Sex.FEMALE);
    /** A fictitious individual number with a valid check digit. */
    public static final String MY_NUMBER = "123456789018";
    public static final String PIN = "1234";

    private DemoCards() {
    }

    /** The demo resident's driver's licence with PIN1 1234 and all 3 tries left. */
    public static EmulatedDriversLicence driversLicence() {
        return EmulatedDriversLicence.builder().build();
    }

    /** The demo resident's My Number Card with PIN 1234 and all 3 tries left. */
    public static EmulatedMyNumberCard myNumberCard() {
        return EmulatedMyNumberCard.builder().build();
    }
}
