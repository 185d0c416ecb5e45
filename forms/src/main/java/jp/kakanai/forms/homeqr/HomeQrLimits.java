package jp.kakanai.forms.homeqr;

import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * What a home-prepared QR may hold. The limits keep the biggest realistic payload (a family of seven with
 * names and kana) under 1,000 characters, a QR code that a kiosk scanner reads off a phone screen
 * (docs/qr.md), and bound what a decoder accepts. Lengths count characters (code points: 𠮷 is one).
 */
public final class HomeQrLimits {
    /** A name as the resident record writes it; foreign residents' alphabet names run longest. */
    public static final int NAME = 40;
    public static final int KANA = 60;
    /** Prefecture to room number, building name included. */
    public static final int ADDRESS = 100;
    /** Household members besides the resident (住民異動届 lists six rows; larger families are rare). */
    public static final int HOUSEHOLD = 9;
    public static final int ANSWERS = 30;
    public static final int ANSWER_ID = 40;
    /** The QR text, prefix included: QR version 27 at error correction M; refused beyond (too dense for a phone screen). */
    public static final int TEXT = 1_500;
    /** 和暦 starts with the Gregorian calendar in Meiji 6; nobody alive was born earlier. */
    public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1873, 1, 1);
    /** A code never lives longer than this, whatever the server is configured to. */
    public static final Duration LONGEST_VALIDITY = Duration.ofDays(90);

    private static final Pattern ANSWER_TOKEN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private HomeQrLimits() {
    }

    /** A name or address: not blank, at most {@code max} characters, no control characters or broken surrogates. */
    static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidHomeQrPayloadException(field, "This field is required.");
        }
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            throw new InvalidHomeQrPayloadException(field, "At most " + max + " characters (" + length + " given).");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                // A lone surrogate has no UTF-8 form: encoding would turn it into '?' and change the name silently.
                throw new InvalidHomeQrPayloadException(field, "Contains a broken character (lone surrogate at " + i + ").");
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                throw new InvalidHomeQrPayloadException(field, "Contains a control character or line break.");
            }
        }
        return value;
    }

    static void birthDate(LocalDate birthDate, String field, LocalDate latest) {
        if (birthDate == null) {
            throw new InvalidHomeQrPayloadException(field, "This field is required.");
        }
        if (birthDate.isBefore(EARLIEST_BIRTH)) {
            throw new InvalidHomeQrPayloadException(field, "The birth date is before " + EARLIEST_BIRTH + ".");
        }
        if (birthDate.isAfter(latest)) {
            throw new InvalidHomeQrPayloadException(field, "The birth date is in the future.");
        }
    }

    static void answerToken(String token, String field) {
        if (token == null || token.length() > ANSWER_ID || !ANSWER_TOKEN.matcher(token).matches()) {
            throw new InvalidHomeQrPayloadException(field,
                    "Question ids and answers are lower-case words joined by '-', at most " + ANSWER_ID + " characters.");
        }
    }
}
