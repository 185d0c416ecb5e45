package jp.kakanai.forms.homeqr;

/**
 * A home-QR payload field that breaks a rule of {@link HomeQrLimits}: the field's path
 * ({@code resident.name}, {@code household[1].birthDate}, {@code answers.dog}) and a plain sentence.
 * Messages never quote the value: it is personal data.
 */
public class InvalidHomeQrPayloadException extends IllegalArgumentException {
    private final String field;

    public InvalidHomeQrPayloadException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field's path, or null when the payload as a whole is at fault (too big for one code). */
    public String field() {
        return field;
    }

    /** The same problem for a field inside {@code parent} (a household member's name becomes {@code household[2].name}). */
    public InvalidHomeQrPayloadException within(String parent) {
        return new InvalidHomeQrPayloadException(field == null || field.isEmpty() ? parent : parent + "." + field, getMessage());
    }
}
