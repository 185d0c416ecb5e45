package jp.kakanai.kiosk.checkin;

import java.util.Objects;
import java.util.UUID;

/**
 * The {@code Idempotency-Key} of one resident's check-in: made once, sent with the first attempt and
 * every retry, so that a request that reached the server but whose answer was lost gets the same
 * ticket back instead of a second one.
 */
public record IdempotencyKey(String value) {
    public static final String HEADER = "Idempotency-Key";

    public IdempotencyKey {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 100) {
            throw new IllegalArgumentException("an idempotency key has 1 to 100 characters");
        }
    }

    /** A random key (a UUID: unguessable, so one kiosk's key cannot collide with another's). */
    public static IdempotencyKey random() {
        return new IdempotencyKey(UUID.randomUUID().toString());
    }
}
