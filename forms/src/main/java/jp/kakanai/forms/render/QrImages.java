package jp.kakanai.forms.render;

import com.google.zxing.common.BitMatrix;
import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A back-office code as a PDF image mask (ISO 32000 §8.9.6.2): one bit per module, painted in the current colour
 * (black) where the bit is 0, drawn onto the symbol's square without interpolation, so every module is a sharp
 * square of whole printer dots (the square lies on the dot grid, {@link QrLayout}). A symbol of version 17 is 935
 * bytes this way; as one rectangle per dark run of a row it was 25 KB of content stream, whose compression took
 * 3 ms of a render of four codes (measured in docs/forms.md).
 */
final class QrImages {
    private QrImages() {
    }

    static COSStream imageMask(PDDocument doc, BitMatrix modules) throws IOException {
        int w = modules.getWidth();
        int h = modules.getHeight();
        int rowBytes = (w + 7) / 8;
        byte[] bits = new byte[rowBytes * h];
        com.google.zxing.common.BitArray row = new com.google.zxing.common.BitArray(w);
        for (int y = 0; y < h; y++) {
            int[] words = modules.getRow(y, row).getBitArray();
            for (int x = 0; x < w; x++) {
                if ((words[x >> 5] >>> (x & 31) & 1) == 0) {
                    bits[y * rowBytes + (x >> 3)] |= (byte) (0x80 >>> (x & 7)); // 1: leave unpainted
                }
            }
        }
        // not compressed: the modules of a QR code are as good as random, Flate saved 15 % and cost more than the rest
        COSStream image = doc.getDocument().createCOSStream();
        try (java.io.OutputStream raw = image.createRawOutputStream()) {
            raw.write(bits);
        }
        image.setItem(COSName.TYPE, COSName.XOBJECT);
        image.setItem(COSName.SUBTYPE, COSName.IMAGE);
        image.setInt(COSName.WIDTH, w);
        image.setInt(COSName.HEIGHT, h);
        image.setBoolean(COSName.IMAGE_MASK, true);
        image.setInt(COSName.BITS_PER_COMPONENT, 1);
        return image;
    }
}
