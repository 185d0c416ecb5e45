package jp.kakanai.kiosk.qr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A camera frame sent by the kiosk page as PNG or JPEG. The size is checked from the header before the
 * pixels are decoded: a small file can claim a huge picture and fill the memory.
 */
final class CameraImage {
    /** 4K is the largest a kiosk camera sends; beyond it, the picture is not a camera frame. */
    static final int MAX_SIDE = 4096;

    private CameraImage() {
    }

    /** The picture, or empty when the bytes are no PNG or JPEG, or claim more than {@link #MAX_SIDE} a side. */
    static Optional<BufferedImage> read(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
                if (!format.equals("png") && !format.equals("jpeg")) {
                    return Optional.empty();
                }
                reader.setInput(in, true, true);
                if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
                    return Optional.empty();
                }
                return Optional.ofNullable(reader.read(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // A truncated or corrupt file: no picture (ImageIO throws runtime exceptions on some bad input too).
            return Optional.empty();
        }
    }
}
