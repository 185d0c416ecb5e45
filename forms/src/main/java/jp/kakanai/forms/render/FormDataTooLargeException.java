package jp.kakanai.forms.render;

/**
 * A form's data is too much for its back-office QR codes, even with every code place used and each code as large as
 * QR allows. Names the field whose value takes the most room.
 */
public final class FormDataTooLargeException extends FormRenderException {

    FormDataTooLargeException(String formId, String largestField, int bytes, int places) {
        super(formId, largestField, "Cannot print " + where(formId, null) + ": its data (" + bytes + " bytes) is more than its "
                + places + (places == 1 ? " QR code holds" : " QR codes hold") + "; the largest value is " + largestField
                + ", shorten it or print it on a continuation sheet.", null);
    }

    @Override
    public boolean isDataProblem() {
        return true;
    }
}
