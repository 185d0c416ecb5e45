package jp.kakanai.forms.render;

import java.util.Arrays;
import java.util.zip.Deflater;

/**
 * Flate compression of a PDF's streams (ISO 32000 §7.4.4, the zlib format), with one {@link Deflater} per thread and
 * level: each has native buffers of about 256 KB, and making one per stream was a measurable part of a render. What
 * each render compresses (its font subsets, its page content) gets the fastest level: on a household's font subset
 * it takes half the time of the default level for 4 % more bytes (docs/forms.md); what is made once (a form's fixed
 * layer) gets the smallest.
 */
final class Deflate {
    private static final ThreadLocal<Deflater> FAST = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED));
    private static final ThreadLocal<Deflater> SMALL = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_COMPRESSION));
    private static final ThreadLocal<byte[]> BUFFERS = ThreadLocal.withInitial(() -> new byte[64 * 1024]);

    private Deflate() {
    }

    /** For what each render makes. */
    static byte[] fast(byte[] data, int length) {
        return bytes(FAST.get(), data, length);
    }

    static byte[] fast(byte[] data) {
        return fast(data, data.length);
    }

    /** For what is made once and put into many documents. */
    static byte[] small(byte[] data, int length) {
        return bytes(SMALL.get(), data, length);
    }

    static byte[] small(byte[] data) {
        return small(data, data.length);
    }

    private static byte[] bytes(Deflater deflater, byte[] data, int length) {
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
