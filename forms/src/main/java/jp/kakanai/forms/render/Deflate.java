package jp.kakanai.forms.render;

import java.util.Arrays;
import java.util.zip.Deflater;

/**
 * Flate compression of a PDF's streams (ISO 32000 §7.4.4, the zlib format), with one {@link Deflater} per thread:
 * each has native buffers of about 256 KB, and making one per stream was a measurable part of a render.
 */
final class Deflate {
    private static final ThreadLocal<Deflater> DEFLATERS = ThreadLocal.withInitial(() -> new Deflater(Deflater.DEFAULT_COMPRESSION));
    private static final ThreadLocal<byte[]> BUFFERS = ThreadLocal.withInitial(() -> new byte[64 * 1024]);

    private Deflate() {
    }

    static byte[] bytes(byte[] data) {
        return bytes(data, data.length);
    }

    static byte[] bytes(byte[] data, int length) {
        Deflater deflater = DEFLATERS.get();
        deflater.reset();
        deflater.setInput(data, 0, length);
        deflater.finish();
        byte[] buffer = BUFFERS.get();
        int size = 0;
        while (!deflater.finished()) {
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, 2 * buffer.length);
                BUFFERS.set(buffer);
            }
            size += deflater.deflate(buffer, size, buffer.length - size);
        }
        return Arrays.copyOf(buffer, size);
    }
}
