package jp.kakanai.forms.render;

/**
 * A value is too long for its box even in the smallest type the renderer prints ({@value TextFitter#SMALLEST} pt):
 * printing it smaller would give a form nobody can read, and cutting it would change the resident's data.
 */
public final class ValueDoesNotFitException extends FormRenderException {

    ValueDoesNotFitException(String formId, String field, int characters) {
        super(formId, field, "Cannot print " + where(formId, field) + ": its " + characters
                + " characters do not fit the box even in " + (int) TextFitter.SMALLEST + "-point type; shorten the value"
                + " or print it on a continuation sheet.", null);
    }

    @Override
    public boolean isDataProblem() {
        return true;
    }
}
