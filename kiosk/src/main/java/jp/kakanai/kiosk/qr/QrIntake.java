package jp.kakanai.kiosk.qr;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.util.Optional;
import jp.kakanai.forms.homeqr.HomeQrCodec;
import jp.kakanai.forms.homeqr.HomeQrReading;

/**
 * Takes a home-prepared QR code in at the kiosk, from a keyboard-wedge scanner's typing or from a camera
 * picture, and answers with the whole payload or one rejection. Keeps and logs nothing: the payload is
 * personal data and goes only to whoever asked.
 */
public final class QrIntake {
    private static final java.util.regex.Pattern RESERVATION = java.util.regex.Pattern.compile("RSV-?[0-9A-Z]{4}-?[0-9A-Z]{4}");
    private final Clock clock;
    private final QrImageDecoder images = new QrImageDecoder();

    public QrIntake(Clock clock) {
        this.clock = clock;
    }

    /** What a wedge scanner typed (with its CR/LF, possibly garbled by the PC's input settings). */
    public QrOutcome typed(String typed) {
        WedgeText wedge = WedgeText.of(typed);
        if (wedge.lostToKanaConversion()) {
            return new QrOutcome.Rejected(QrRejection.garbled(Garbling.JAPANESE_INPUT, "letters converted to kana"));
        }
        Optional<String> reservation = reservationCode(wedge.text());
        if (reservation.isPresent()) {
            return new QrOutcome.Reservation(reservation.get());
        }
        return outcome(HomeQrCodec.decode(wedge.text(), clock.instant()), wedge.garbling());
    }

    /**
     * A reservation QR carries only its code; the server reads it leniently (case, O/0) and decides whether it
     * holds, so here only its shape is recognised.
     */
    static Optional<String> reservationCode(String text) {
        String plain = text.strip().toUpperCase(java.util.Locale.ROOT);
        return RESERVATION.matcher(plain).matches() ? Optional.of(plain) : Optional.empty();
    }

    /** A camera picture (any size; the code anywhere in it, at any angle). */
    public QrOutcome image(BufferedImage image) {
        QrImageDecoder.ImageScan scan = images.scan(image);
        if (scan instanceof QrImageDecoder.ImageScan.Found found) {
            Optional<String> reservation = reservationCode(found.text());
            if (reservation.isPresent()) {
                return new QrOutcome.Reservation(reservation.get());
            }
            return outcome(HomeQrCodec.decode(found.text(), clock.instant()), Optional.empty());
        }
        if (scan instanceof QrImageDecoder.ImageScan.Unreadable unreadable) {
            return new QrOutcome.Rejected(QrRejection.unreadableImage(unreadable.why()));
        }
        return new QrOutcome.Rejected(QrRejection.notFound());
    }

    private static QrOutcome outcome(HomeQrReading reading, Optional<Garbling> garbling) {
        if (reading instanceof HomeQrReading.Valid valid) {
            return new QrOutcome.Read(valid.payload(), garbling);
        }
        QrRejection rejection;
        if (reading instanceof HomeQrReading.Expired expired) {
            rejection = QrRejection.expired(expired.expiredAt());
        } else if (reading instanceof HomeQrReading.UnsupportedVersion unsupported) {
            rejection = QrRejection.unsupportedVersion(unsupported.version());
        } else if (reading instanceof HomeQrReading.Damaged damaged) {
            rejection = garbling.map(g -> QrRejection.garbled(g, damaged.why())).orElseGet(() -> QrRejection.damaged(damaged.why()));
        } else {
            rejection = QrRejection.foreign();
        }
        return new QrOutcome.Rejected(rejection);
    }
}
