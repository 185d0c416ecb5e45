package jp.kakanai.forms.render;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kakanai.forms.definition.Box;
import jp.kakanai.forms.definition.FormDefinition;

/**
 * Takes a form's back-office data from a scanned page, as a town's back office does: each of the form's code
 * places cropped with 3 mm around it, decoded once with ZXing (HybridBinarizer, TRY_HARDER, UTF-8) at the
 * resolution the page was scanned at, and the codes joined ({@link BackOfficeData#fromCodes}). A place with
 * nothing printed is skipped: a form prints only as many codes as its data needs.
 */
public final class BackOfficeScan {
    private BackOfficeScan() {
    }

    /** What a page gave. */
    public sealed interface Result {
        record Read(BackOfficeData data) implements Result {
        }

        /** A place has a code printed that did not scan: scan the page again (or type that form's data). */
        record Unreadable(Box place, String why) implements Result {
        }

        /** Every code scanned, but they are not one form's whole data (a part missing, or another form's). */
        record Incomplete(List<String> codes) implements Result {
        }
    }

    public static Result read(BufferedImage page, FormDefinition form, float dpi) {
        List<String> codes = new ArrayList<>();
        for (Box place : form.qrCodes()) {
            BufferedImage area = crop(page, place, dpi);
            try {
                codes.add(decode(area));
            } catch (NotFoundException e) {
                if (hasInk(area)) {
                    return new Result.Unreadable(place, "no QR code found at " + dpi + " dpi");
                }
            } catch (ChecksumException | FormatException e) {
                return new Result.Unreadable(place, "a QR code was found but not read at " + dpi + " dpi");
            }
        }
        return BackOfficeData.fromCodes(codes).<Result>map(Result.Read::new).orElseGet(() -> new Result.Incomplete(codes));
    }

    /** The one code in an image. */
    static String decode(BufferedImage image) throws NotFoundException, ChecksumException, FormatException {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.CHARACTER_SET, "UTF-8", DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    /** The place as a scanner app crops it: 3 mm around the square. */
    static BufferedImage crop(BufferedImage page, Box box, float dpi) {
        double px = dpi / 25.4;
        int margin = (int) (3 * px);
        int x = Math.max(0, (int) (box.x() * px) - margin);
        int y = Math.max(0, (int) (box.y() * px) - margin);
        return page.getSubimage(x, y, Math.min(page.getWidth() - x, (int) (box.w() * px) + 2 * margin),
                Math.min(page.getHeight() - y, (int) (box.h() * px) + 2 * margin));
    }

    /** Whether the square itself (not the 3 mm around it, where a neighbour's caption may be) has anything printed. */
    private static boolean hasInk(BufferedImage area) {
        int inset = area.getWidth() / 8;
        for (int y = inset; y < area.getHeight() - inset; y++) {
            for (int x = inset; x < area.getWidth() - inset; x++) {
                if ((area.getRGB(x, y) & 0xff) < 128) {
                    return true;
                }
            }
        }
        return false;
    }
}
