package jp.kakanai.forms.render;

/** No form with this id is in the catalog. */
public final class UnknownFormException extends FormRenderException {

    public UnknownFormException(String formId) {
        super(formId, null, "Unknown form id '" + formId + "': the catalog has no such form.", null);
    }

    @Override
    public boolean isDataProblem() {
        return true;
    }
}
