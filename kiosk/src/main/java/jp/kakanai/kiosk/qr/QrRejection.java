package jp.kakanai.kiosk.qr;

import java.time.Instant;
import jp.kakanai.forms.resident.JapanDay;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.kakanai.forms.homeqr.HomeQrCodec;
import jp.kakanai.forms.wareki.WarekiFormatter;

/**
 * Why a code was not taken, as the resident reads it ({@code ja}, {@code en}) and as staff fix it
 * ({@code detail}: the technical reason, in English, never personal data).
 */
public record QrRejection(Reason reason, String ja, String en, String detail) {

    public enum Reason { DAMAGED, EXPIRED, FOREIGN, UNSUPPORTED_VERSION, NOT_FOUND }

    static QrRejection damaged(String detail) {
        return new QrRejection(Reason.DAMAGED,
                "QRコードを正しく読み取れませんでした。もう一度かざしてください。読めないときは係員にお知らせください。",
                "The QR code could not be read correctly. Please show it again; if it still fails, ask a staff member.",
                detail);
    }

    static QrRejection unreadableImage(String detail) {
        return new QrRejection(Reason.DAMAGED,
                "QRコードは見えましたが、読み取れませんでした。画面を明るくして、まっすぐ、動かさずにかざしてください。",
                "A QR code was seen but could not be read. Turn up the screen brightness and hold it straight and still.",
                detail);
    }

    static QrRejection garbled(Garbling garbling, String detail) {
        return new QrRejection(Reason.DAMAGED,
                "読み取り機の設定のため、QRコードを正しく読み取れませんでした。係員をお呼びください。（" + garbling.ja() + "）",
                "The scanner's settings garbled the QR code. Please call a staff member. (" + garbling.en() + ")",
                garbling.code() + ": " + detail);
    }

    static QrRejection expired(Instant expiredAt) {
        ZonedDateTime when = expiredAt.atZone(JapanDay.ZONE);
        return new QrRejection(Reason.EXPIRED,
                "このQRコードの有効期限（" + WarekiFormatter.format(when.toLocalDate()) + " "
                        + when.format(DateTimeFormatter.ofPattern("H時mm分")) + "）が過ぎています。"
                        + "新しいQRコードを作るか、係員にお知らせください。",
                "This QR code expired on " + when.format(DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.ENGLISH))
                        + ". Please make a new one, or ask a staff member.",
                "expired at " + expiredAt);
    }

    static QrRejection foreign() {
        return new QrRejection(Reason.FOREIGN,
                "このQRコードは、窓口の事前入力のQRコードではありません。家で作ったQRコードをかざしてください。",
                "This is not a pre-entry QR code for this counter. Please show the QR code you made at home.",
                "not a Kakanai home code");
    }

    static QrRejection unsupportedVersion(int version) {
        return new QrRejection(Reason.UNSUPPORTED_VERSION,
                "このQRコードは新しい形式のため、この機械では読めません。係員にお知らせください。",
                "This QR code has a newer format that this kiosk cannot read. Please ask a staff member.",
                "format version " + version + "; this kiosk reads versions " + HomeQrCodec.VERSION + " and "
                        + HomeQrCodec.VERSION_WITH_MOVE);
    }

    static QrRejection notFound() {
        return new QrRejection(Reason.NOT_FOUND,
                "QRコードが見つかりません。カメラの枠の中にQRコードをかざしてください。",
                "No QR code found. Hold the QR code inside the camera frame.",
                "no QR code in the image");
    }
}
