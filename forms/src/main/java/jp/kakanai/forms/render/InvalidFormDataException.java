package jp.kakanai.forms.render;

/**
 * A value of the form data cannot be printed as its field requires, e.g. a birth date that is not a
 * {@code yyyy-MM-dd} date. Names the field; never repeats a My Number.
 */
public class InvalidFormDataException extends RuntimeException {
    private final String field;

    public InvalidFormDataException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
