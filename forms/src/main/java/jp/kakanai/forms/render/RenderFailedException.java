package jp.kakanai.forms.render;

/**
 * The renderer failed where it should not have (a fault in the software or in a form's definition, not in the
 * data): names the form and the field it was drawing, keeps the cause for the log.
 */
public final class RenderFailedException extends FormRenderException {

    RenderFailedException(String formId, String field, Throwable cause) {
        super(formId, field, "Could not print " + where(formId, field) + " (" + cause.getClass().getSimpleName()
                + "); this is a fault of the software or the form definition, not of the data.", cause);
    }

    @Override
    public boolean isDataProblem() {
        return false;
    }
}
