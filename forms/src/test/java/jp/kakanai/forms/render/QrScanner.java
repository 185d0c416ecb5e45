package jp.kakanai.forms.render;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
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
 * Decodes a form's QR codes from a page image as a back-office scanner would: each code's place cropped with 3 mm
 * around it, decoded once with ZXing (HybridBinarizer, TRY_HARDER) at the one resolution the page was rendered at,
 * never tried again at another.
 */
public final class QrScanner {
    private QrScanner() {
    }

    /** The back-office data of a form page: every code in the form's QR places, joined; fails when one is unreadable. */
    public static BackOfficeData read(BufferedImage page, FormDefinition form, float dpi) {
        List<String> codes = new ArrayList<>();
        for (Box place : form.qrCodes()) {
            BufferedImage area = crop(page, place, dpi);
            try {
                codes.add(decodeOrNotFound(area));
            } catch (NotFoundException e) {
                if (hasInk(area)) {
                    throw new AssertionError("a QR code at " + place + " does not scan at " + dpi + " dpi", e);
                }
            }
        }
        return BackOfficeData.fromCodes(codes).orElseThrow(() ->
                new AssertionError("the QR codes of " + form.id() + " do not make its data: " + codes));
    }

    /** Decodes the one code inside {@code box} (millimetres) of a page image rendered at {@code dpi}. */
    public static String decode(BufferedImage page, Box box, float dpi) {
        return decode(crop(page, box, dpi));
    }

    public static String decode(BufferedImage image) {
        try {
            return decodeOrNotFound(image);
        } catch (NotFoundException e) {
            throw new AssertionError("no readable QR code on the page image", e);
        }
    }

    private static String decodeOrNotFound(BufferedImage image) throws NotFoundException {
        try {
            Result result = new QRCodeReader().decode(
                    new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                    Map.of(DecodeHintType.CHARACTER_SET, "UTF-8", DecodeHintType.TRY_HARDER, Boolean.TRUE));
            return result.getText();
        } catch (com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            throw new AssertionError("a QR code was found but not read", e);
        }
    }

    /** The place as a scanner app crops it: 3 mm around the square. */
    private static BufferedImage crop(BufferedImage page, Box box, float dpi) {
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
