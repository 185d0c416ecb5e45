package jp.kakanai.forms.render;

/** No form with this id is in the catalog. */
public class UnknownFormException extends RuntimeException {
    private final String formId;

    public UnknownFormException(String formId) {
        super("unknown form id '" + formId + "'");
        this.formId = formId;
    }

    public String formId() {
        return formId;
    }
}
