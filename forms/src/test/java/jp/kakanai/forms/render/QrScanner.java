package jp.kakanai.forms.render;

import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import java.awt.image.BufferedImage;
import jp.kakanai.forms.definition.Box;
import jp.kakanai.forms.definition.FormDefinition;

/** The back office's scan ({@link BackOfficeScan}) for the tests: anything but the whole data fails the test. */
public final class QrScanner {
    private QrScanner() {
    }

    /** The back-office data of a form page: every code in the form's QR places, joined. */
    public static BackOfficeData read(BufferedImage page, FormDefinition form, float dpi) {
        BackOfficeScan.Result result = BackOfficeScan.read(page, form, dpi);
        if (result instanceof BackOfficeScan.Result.Read read) {
            return read.data();
        }
        throw new AssertionError(form.id() + ": " + result);
    }

    /** Decodes the one code inside {@code box} (millimetres) of a page image rendered at {@code dpi}. */
    public static String decode(BufferedImage page, Box box, float dpi) {
        return decode(BackOfficeScan.crop(page, box, dpi));
    }

    public static String decode(BufferedImage image) {
        try {
            return BackOfficeScan.decode(image);
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("no readable QR code on the page image", e);
        }
    }
}
