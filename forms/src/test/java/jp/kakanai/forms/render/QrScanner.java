package jp.kakanai.forms.render;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.Map;
import jp.kakanai.forms.definition.Box;

/** Decodes a QR code from a page image as a back-office scanner would. */
public final class QrScanner {
    private QrScanner() {
    }

    /** Decodes the code inside {@code box} (millimetres) of a page image rendered at {@code dpi}, as a scanner app crops it. */
    public static String decode(BufferedImage page, Box box, float dpi) {
        double px = dpi / 25.4;
        int margin = (int) (3 * px);
        int x = Math.max(0, (int) (box.x() * px) - margin);
        int y = Math.max(0, (int) (box.y() * px) - margin);
        return decode(page.getSubimage(x, y, Math.min(page.getWidth() - x, (int) (box.w() * px) + 2 * margin),
                Math.min(page.getHeight() - y, (int) (box.h() * px) + 2 * margin)));
    }

    public static String decode(BufferedImage image) {
        try {
            Result result = new QRCodeReader().decode(
                    new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                    Map.of(DecodeHintType.CHARACTER_SET, "UTF-8", DecodeHintType.TRY_HARDER, Boolean.TRUE));
            return result.getText();
        } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            throw new AssertionError("no readable QR code on the page image", e);
        }
    }
}
