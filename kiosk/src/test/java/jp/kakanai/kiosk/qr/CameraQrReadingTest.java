package jp.kakanai.kiosk.qr;

import static jp.kakanai.kiosk.qr.HomePayloads.AT_THE_KIOSK;
import static jp.kakanai.kiosk.qr.HomePayloads.MADE;
import static jp.kakanai.kiosk.qr.HomePayloads.TWO_WEEKS;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import jp.kakanai.forms.homeqr.HomeQrCodec;
import jp.kakanai.forms.homeqr.HomeQrPayload;
import jp.kakanai.forms.homeqr.HomeQrSymbol;
import jp.kakanai.kiosk.qr.CameraImages.Distortion;
import jp.kakanai.kiosk.qr.QrRejection.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Camera frames generated from real codes: turned, tilted, dim, noisy, blurred, damaged, foreign, expired. */
class CameraQrReadingTest {
    private static final HomeQrPayload FAMILY = HomePayloads.familyOfSeven();
    private static final HomeQrSymbol FAMILY_CODE = HomeQrSymbol.of(HomeQrCodec.encode(FAMILY));
    private final QrIntake intake = new QrIntake(Clock.fixed(AT_THE_KIOSK, ZoneOffset.UTC));
    private final QrImageDecoder decoder = new QrImageDecoder();

    @ParameterizedTest
    @EnumSource(Distortion.class)
    void theDensestRealisticCodeIsReadWholeFromEveryKindOfCameraFrame(Distortion distortion) {
        BufferedImage frame = CameraImages.frame(FAMILY_CODE, distortion);

        assertThat(intake.image(frame)).isEqualTo(new QrOutcome.Read(FAMILY, java.util.Optional.empty()));
    }

    @Test
    void aDarkModeNegativeIsReadOnlyByTheInvertedFallback() {
        BufferedImage negative = CameraImages.frame(FAMILY_CODE, Distortion.INVERTED);

        assertThat(decoder.scan(negative)).isInstanceOfSatisfying(QrImageDecoder.ImageScan.Found.class,
                found -> assertThat(found.strategy()).isEqualTo(QrImageDecoder.Strategy.INVERTED));
    }

    @Test
    void aFaintCodeIsReadOnceItsContrastIsStretched() {
        // 15 grey levels between dark and light modules: below the binarizers' minimum contrast.
        BufferedImage faint = CameraImages.tone(CameraImages.place(FAMILY_CODE.image(5), CameraImages.rotated(0), 1), 113, 128, 0);

        assertThat(decoder.scan(faint)).isInstanceOfSatisfying(QrImageDecoder.ImageScan.Found.class,
                found -> assertThat(found.strategy()).isEqualTo(QrImageDecoder.Strategy.STRETCHED));
        assertThat(intake.image(faint)).isInstanceOf(QrOutcome.Read.class);
    }

    @Test
    void aVeryNoisyPictureIsReadOnceTheNoiseIsAveragedAway() {
        BufferedImage noisy = CameraImages.noise(CameraImages.place(FAMILY_CODE.image(5), CameraImages.rotated(0), 1), 80, 5);

        assertThat(decoder.scan(noisy)).isInstanceOfSatisfying(QrImageDecoder.ImageScan.Found.class,
                found -> assertThat(found.strategy()).isIn(QrImageDecoder.Strategy.HALF_SIZE, QrImageDecoder.Strategy.SMOOTHED));
        assertThat(intake.image(noisy)).isEqualTo(new QrOutcome.Read(FAMILY, java.util.Optional.empty()));
    }

    @Test
    void aSmudgedCodeIsRejectedAsUnreadableWithAPlainMessage() {
        BufferedImage smudged = CameraImages.smudged(FAMILY_CODE, 0.5);

        QrRejection rejection = rejection(intake.image(smudged));

        assertThat(rejection.reason()).isEqualTo(Reason.DAMAGED);
        assertThat(rejection.ja()).contains("読み取れませんでした");
        assertThat(rejection.en()).contains("could not be read");
    }

    @Test
    void aFrameWithoutACodeSaysNoneWasFound() {
        BufferedImage desk = CameraImages.noise(new BufferedImage(CameraImages.WIDTH, CameraImages.HEIGHT,
                BufferedImage.TYPE_BYTE_GRAY), 30, 3);

        QrRejection rejection = rejection(intake.image(desk));

        assertThat(rejection.reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(rejection.ja()).contains("QRコードが見つかりません");
    }

    @Test
    void aCodeThatIsNotOursIsForeignEvenWithJapaneseInIt() throws Exception {
        // A form's back-office code (JSON in UTF-8 byte mode, with ECI), photographed like the others.
        String formCode = "{\"v\":1,\"form\":\"juminhyo-request\",\"data\":{\"resident\":{\"name\":\"山田 太郎\"}}}";
        var matrix = new QRCodeWriter().encode(formCode, BarcodeFormat.QR_CODE, 300, 300,
                Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 4));
        BufferedImage code = com.google.zxing.client.j2se.MatrixToImageWriter.toBufferedImage(matrix);
        BufferedImage frame = CameraImages.place(code, CameraImages.rotated(20), 1);

        assertThat(decoder.scan(frame)).isInstanceOfSatisfying(QrImageDecoder.ImageScan.Found.class,
                found -> assertThat(found.text()).isEqualTo(formCode));
        assertThat(rejection(intake.image(frame)).reason()).isEqualTo(Reason.FOREIGN);
    }

    @Test
    void anExpiredCodeIsRejectedWithItsExpiryInWareki() {
        HomeQrPayload old = HomeQrPayload.issue(FAMILY.lifeEvent(), FAMILY.resident(), FAMILY.kana(), FAMILY.answers(),
                FAMILY.household(), MADE.minus(TWO_WEEKS).minusSeconds(3600), TWO_WEEKS);
        BufferedImage frame = CameraImages.frame(HomeQrSymbol.of(HomeQrCodec.encode(old)), Distortion.ROTATED_15);

        QrRejection rejection = rejection(intake.image(frame));

        assertThat(rejection.reason()).isEqualTo(Reason.EXPIRED);
        // 2026-05-11T00:30Z is 09:30 in Japan.
        assertThat(rejection.ja()).contains("令和8年5月11日 9時30分");
        assertThat(rejection.en()).contains("11 May 2026 at 09:30");
    }

    @Test
    void aCodeMadeFromAlteredTextIsDamagedNotHalfRead() {
        String text = HomeQrCodec.encode(HomePayloads.couple());
        // Another first character of a Base45 group changes that group's two bytes by less than 45: still Base45.
        int at = HomeQrCodec.PREFIX.length() + 3 * 10;
        char next = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:".charAt(text.charAt(at) == 'A' ? 9 : 10);
        String altered = text.substring(0, at) + next + text.substring(at + 1);
        BufferedImage frame = CameraImages.frame(HomeQrSymbol.of(altered), Distortion.CLEAN);

        QrRejection rejection = rejection(intake.image(frame));

        assertThat(rejection.reason()).isEqualTo(Reason.DAMAGED);
        assertThat(rejection.detail()).contains("checksum");
    }

    private static QrRejection rejection(QrOutcome outcome) {
        assertThat(outcome).isInstanceOf(QrOutcome.Rejected.class);
        return ((QrOutcome.Rejected) outcome).rejection();
    }
}
