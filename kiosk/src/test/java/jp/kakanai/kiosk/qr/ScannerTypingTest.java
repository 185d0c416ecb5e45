package jp.kakanai.kiosk.qr;

import static jp.kakanai.kiosk.qr.HomePayloads.AT_THE_KIOSK;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import jp.kakanai.forms.homeqr.HomeQrCodec;
import jp.kakanai.forms.homeqr.HomeQrPayload;
import jp.kakanai.kiosk.qr.QrRejection.Reason;
import org.junit.jupiter.api.Test;

/** A keyboard-wedge scanner types the code; the kiosk takes what arrives, however the PC is set up. */
class ScannerTypingTest {
    private static final HomeQrPayload FAMILY = HomePayloads.familyOfSeven();
    private static final String CODE = HomeQrCodec.encode(FAMILY);
    private final QrIntake intake = new QrIntake(Clock.fixed(AT_THE_KIOSK, ZoneOffset.UTC));

    @Test
    void theScannersLineEndIsDroppedAndTheCodeReadWhole() {
        for (String ending : new String[] {"", "\r", "\n", "\r\n", "\t", "\r\n\r\n"}) {
            assertThat(intake.typed(CODE + ending)).as("ending %s", ending.replace("\r", "CR").replace("\n", "LF"))
                    .isEqualTo(new QrOutcome.Read(FAMILY, Optional.empty()));
        }
    }

    /** A 来庁予約 QR holds only its code: it goes to the check-in, not read as a home QR (issue 18). */
    @Test
    void aReservationCodeIsRecognisedWhateverTheScannersCaseAndLineEnd() {
        assertThat(intake.typed("RSV-7K2M-Q9XB\r\n")).isEqualTo(new QrOutcome.Reservation("RSV-7K2M-Q9XB"));
        assertThat(intake.typed("rsv-7k2m-q9xb")).isEqualTo(new QrOutcome.Reservation("RSV-7K2M-Q9XB"));
        assertThat(intake.typed("RSV-7K2M-Q9X")).isInstanceOf(QrOutcome.Rejected.class);
    }

    @Test
    void spacesInsideTheCodeAreKept() {
        // Base45 has a space (but never ends with one: the last character of a group is at most 'W').
        assertThat(CODE).contains(" ");

        assertThat(intake.typed(CODE + "\r\n")).isEqualTo(new QrOutcome.Read(FAMILY, Optional.empty()));
        assertThat(rejected(intake.typed(CODE.replace(" ", "") + "\r\n")).reason()).isEqualTo(Reason.DAMAGED);
    }

    @Test
    void allOurCodesCharactersReallyDifferBetweenTheLayouts() {
        // The garblings the kiosk undoes are the layouts' real differences, not made up for the test.
        assertThat(WedgeScanner.usScannerOnJisPc("KKN1:*+ $%-./")).isEqualTo("KKN1+(~ $%-./");
        assertThat(WedgeScanner.jisScannerOnUsPc("KKN1:*+ $%-./")).isEqualTo("KKN1'\": $%-./");
    }

    @Test
    void aScannerSetToTheWrongKeyboardLayoutIsUndoneAndReported() {
        assertThat(intake.typed(WedgeScanner.usScannerOnJisPc(CODE) + "\r"))
                .isEqualTo(new QrOutcome.Read(FAMILY, Optional.of(Garbling.US_SCANNER_ON_JIS_KEYBOARD)));
        assertThat(intake.typed(WedgeScanner.jisScannerOnUsPc(CODE) + "\r"))
                .isEqualTo(new QrOutcome.Read(FAMILY, Optional.of(Garbling.JIS_SCANNER_ON_US_KEYBOARD)));
    }

    @Test
    void capsLockIsUndoneAndReported() {
        assertThat(intake.typed(WedgeScanner.capsLock(CODE) + "\r\n"))
                .isEqualTo(new QrOutcome.Read(FAMILY, Optional.of(Garbling.CAPS_LOCK)));
    }

    @Test
    void fullWidthTypingThroughTheJapaneseImeIsUndoneAndReported() {
        String typed = WedgeScanner.japaneseInput(CODE);
        assertThat(typed).startsWith("ＫＫＮ１：");

        assertThat(intake.typed(typed + "\r\n")).isEqualTo(new QrOutcome.Read(FAMILY, Optional.of(Garbling.JAPANESE_INPUT)));
    }

    @Test
    void lettersTheImeTurnedIntoKanaAreRejectedTellingStaffToSwitchItOff() {
        // Caps Lock and the IME together: lower-case letters go through romaji conversion (ka → か).
        String typed = "ｋｋん１：６９０ゆ　．Ｓ１ＲＢＨＬ５１０";

        QrRejection rejection = rejected(intake.typed(typed));

        assertThat(rejection.reason()).isEqualTo(Reason.DAMAGED);
        assertThat(rejection.detail()).startsWith("ime:");
        assertThat(rejection.ja()).contains("係員をお呼びください", "日本語入力（IME）", "半角英数");
        assertThat(rejection.en()).contains("Japanese input (IME)");
    }

    @Test
    void aGarblingThatCannotBeFullyUndoneIsDamageBlamedOnTheScanner() {
        // The IME converted a space into something else: the checksum catches it.
        String typed = WedgeScanner.japaneseInput(CODE).replaceFirst("\u3000", "、");

        QrRejection rejection = rejected(intake.typed(typed));

        assertThat(rejection.reason()).isEqualTo(Reason.DAMAGED);
        assertThat(rejection.detail()).startsWith("ime: ");
    }

    @Test
    void aCutOrMistypedCodeIsRejectedWithoutAnyOfItsData() {
        QrRejection cut = rejected(intake.typed(CODE.substring(0, CODE.length() / 2) + "\r"));

        assertThat(cut.reason()).isEqualTo(Reason.DAMAGED);
        assertThat(cut.ja()).contains("正しく読み取れませんでした");
        assertThat(cut.detail() + cut.ja() + cut.en()).doesNotContain("長谷川", "ハセガワ", "横浜");
    }

    @Test
    void otherCodesExpiredCodesAndNewerFormatsAreToldApart() {
        assertThat(rejected(intake.typed("https://www.city.example.lg.jp/\r")).reason()).isEqualTo(Reason.FOREIGN);
        assertThat(rejected(intake.typed("\r\n")).reason()).isEqualTo(Reason.FOREIGN);
        QrRejection newer = rejected(intake.typed("KKN3:0123\r"));
        assertThat(newer.reason()).isEqualTo(Reason.UNSUPPORTED_VERSION);
        assertThat(newer.detail()).isEqualTo("format version 3; this kiosk reads versions 1 and 2");
        QrIntake aMonthLater = new QrIntake(Clock.fixed(AT_THE_KIOSK.plus(java.time.Duration.ofDays(30)), ZoneOffset.UTC));
        assertThat(rejected(aMonthLater.typed(CODE + "\r")).reason()).isEqualTo(Reason.EXPIRED);
    }

    private static QrRejection rejected(QrOutcome outcome) {
        assertThat(outcome).isInstanceOf(QrOutcome.Rejected.class);
        return ((QrOutcome.Rejected) outcome).rejection();
    }
}
