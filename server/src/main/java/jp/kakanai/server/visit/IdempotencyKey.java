package jp.kakanai.server.visit;

import java.util.Optional;
import java.util.regex.Pattern;
import jp.kakanai.server.api.ApiProblem;

/**
 * The {@value #HEADER} a kiosk sends with a check-in: one per attempt, the same again when it retries
 * after a timeout. Keys are per kiosk: two kiosks may happen to use the same one.
 */
public record IdempotencyKey(String kioskId, String key) {
    public static final String HEADER = "Idempotency-Key";
    /** Visible ASCII, as in an HTTP header; a UUID (36) or a ULID (26) fits with room to spare. */
    private static final Pattern FORMAT = Pattern.compile("[\\x21-\\x7E]{1,128}");

    /** The key of the header, if sent; a malformed one is a 400 naming the header. */
    public static Optional<IdempotencyKey> fromHeader(String kioskId, String header) {
        if (header == null) {
            return Optional.empty();
        }
        if (!FORMAT.matcher(header).matches()) {
            throw ApiProblem.badField(HEADER, HEADER + " must be 1-128 visible ASCII characters (for example a UUID).");
        }
        return Optional.of(new IdempotencyKey(kioskId, header));
    }
}
