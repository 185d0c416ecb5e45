package jp.kakanai.server.reservation;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The code of a reservation, {@code RSV-7K3M-92QX}: 8 random characters of Crockford's base32 (no I, L, O,
 * U: nothing to misread when typed from a phone), 40 bits, unguessable. Holding it is what lets one use or
 * cancel the reservation, so it is never shown anywhere but to the one who booked.
 */
public final class ReservationCode {
    static final String PREFIX = "RSV-";
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReservationCode() {
    }

    static String random() {
        StringBuilder code = new StringBuilder(PREFIX);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** A code as typed or scanned: case, spaces and the misreadable letters forgiven; empty if malformed. */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String plain = text.strip().toUpperCase(Locale.ROOT).replace(" ", "").replace('O', '0').replace('I', '1')
                .replace('L', '1');
        String body = plain.startsWith("RSV") ? plain.substring(3) : plain;
        body = body.replace("-", "");
        if (!body.matches("[0-9A-HJKMNP-TV-Z]{8}")) {
            return Optional.empty();
        }
        return Optional.of(PREFIX + body.substring(0, 4) + "-" + body.substring(4));
    }
}
