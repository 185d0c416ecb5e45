package jp.kakanai.forms.homeqr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The QR symbol of a home code. Error correction M (spec §2: M or higher where the code may be worn, and
 * a phone screen gets scratched and reflects); the text is all Base45, so ZXing picks the alphanumeric
 * mode. Quiet zone of 4 modules, as scanners expect.
 */
public final class HomeQrSymbol {
    public static final int QUIET_ZONE = 4;
    private final BitMatrix modules;

    private HomeQrSymbol(BitMatrix modules) {
        this.modules = modules;
    }

    public static HomeQrSymbol of(String text) {
        try {
            return new HomeQrSymbol(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, QUIET_ZONE)));
        } catch (WriterException e) {
            throw new IllegalArgumentException("too much for a QR code (" + text.length() + " characters)", e);
        }
    }

    /** Modules per side, quiet zone included. */
    public int size() {
        return modules.getWidth();
    }

    /** The QR version (1–40): the symbol has 17 + 4 × version modules per side. */
    public int version() {
        return (size() - 2 * QUIET_ZONE - 17) / 4;
    }

    public boolean isDark(int x, int y) {
        return modules.get(x, y);
    }

    /** Black on white, {@code pixelsPerModule} pixels a module. */
    public BufferedImage image(int pixelsPerModule) {
        BufferedImage image = new BufferedImage(size() * pixelsPerModule, size() * pixelsPerModule, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.setColor(Color.BLACK);
        for (int y = 0; y < size(); y++) {
            for (int x = 0; x < size(); x++) {
                if (modules.get(x, y)) {
                    graphics.fillRect(x * pixelsPerModule, y * pixelsPerModule, pixelsPerModule, pixelsPerModule);
                }
            }
        }
        graphics.dispose();
        return image;
    }

    public byte[] png(int pixelsPerModule) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image(pixelsPerModule), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Scalable: one path of unit squares in module coordinates, crisp at any screen size (with
     * {@code shape-rendering: crispEdges} so browsers don't blur the module edges).
     */
    public String svg() {
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < size(); y++) {
            for (int x = 0; x < size(); x++) {
                if (modules.get(x, y)) {
                    int run = 1;
                    while (x + run < size() && modules.get(x + run, y)) {
                        run++;
                    }
                    path.append('M').append(x).append(' ').append(y).append('h').append(run).append("v1h-").append(run).append('z');
                    x += run - 1;
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size() + " " + size()
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\""
                + path + "\"/></svg>";
    }
}
