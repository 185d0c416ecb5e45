package jp.kakanai.forms.render;

/**
 * A value of the form data cannot be printed as its field requires, e.g. a birth date that is not a
 * {@code yyyy-MM-dd} date or a sex code that is not ISO 5218, wherever it stands (a box or a table row). Names the
 * form and the field; never repeats a My Number.
 */
public final class InvalidFormDataException extends FormRenderException {

    public InvalidFormDataException(String formId, String field, String problem) {
        super(formId, field, "Cannot print " + where(formId, field) + ": " + problem + ".", null);
    }

    /** A value outside any one form. */
    public InvalidFormDataException(String field, String problem) {
        this("", field, problem);
    }

    @Override
    public boolean isDataProblem() {
        return true;
    }
}
