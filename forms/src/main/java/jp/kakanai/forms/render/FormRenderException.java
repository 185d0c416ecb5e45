package jp.kakanai.forms.render;

import java.util.Optional;

/**
 * Why a form was not printed, as one plain sentence that names the form and, when one value is to blame, the field
 * ({@code household[2].sex}). Never carries a resident's data beyond the value that was wrong, and never a My
 * Number. The server answers 4xx for {@link #isDataProblem() data problems} and 500 for the rest; the CLI prints
 * the sentence and exits 1.
 */
public abstract sealed class FormRenderException extends RuntimeException
        permits UnknownFormException, InvalidFormDataException, ValueDoesNotFitException, FormDataTooLargeException,
        RenderFailedException {
    private final String formId;
    private final String field;

    FormRenderException(String formId, String field, String sentence, Throwable cause) {
        super(sentence, cause);
        this.formId = formId;
        this.field = field;
    }

    /** The form's id; empty when the failure concerns no single form. */
    public String formId() {
        return formId;
    }

    /** The data path of the value to blame, e.g. {@code resident.birthDate}; null when no single value is. */
    public String field() {
        return field;
    }

    public Optional<String> blamedField() {
        return Optional.ofNullable(field);
    }

    /** Whether the data is what must change (a 4xx), rather than the software or the form's definition. */
    public abstract boolean isDataProblem();

    static String where(String formId, String field) {
        String form = formId.isEmpty() ? "" : "form '" + formId + "'";
        String value = field == null ? "" : "field " + field;
        return form + (form.isEmpty() || value.isEmpty() ? "" : ", ") + value;
    }
}
