package jp.kakanai.forms.render;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.Deflater;

/**
 * Flate compression of a PDF's streams (ISO 32000 §7.4.4, the zlib format). {@link Deflater}s are kept in a small
 * pool per level: each has about 256 KB of native buffers, and making one per stream was a measurable part of a
 * render, while one per thread would hold that much for every idle server thread. What each render compresses (its
 * font subsets, its page content) gets the fastest level: on a household's font subset it takes half the time of the
 * default level for 4 % more bytes (docs/forms.md); what is made once (a form's fixed layer) gets the smallest.
 */
final class Deflate {
    private static final int POOLED = 2 * Runtime.getRuntime().availableProcessors();
    private static final BlockingQueue<Deflater> FAST = new ArrayBlockingQueue<>(POOLED);
    private static final BlockingQueue<Deflater> SMALL = new ArrayBlockingQueue<>(POOLED);

    private Deflate() {
    }

    /** For what each render makes. */
    static byte[] fast(byte[] data, int length) {
        return bytes(FAST, Deflater.BEST_SPEED, data, length);
    }

    static byte[] fast(byte[] data) {
        return fast(data, data.length);
    }

    /** For what is made once and put into many documents. */
    static byte[] small(byte[] data, int length) {
        return bytes(SMALL, Deflater.BEST_COMPRESSION, data, length);
    }

    static byte[] small(byte[] data) {
        return small(data, data.length);
    }

    private static byte[] bytes(BlockingQueue<Deflater> pool, int level, byte[] data, int length) {
        Deflater deflater = pool.poll();
        if (deflater == null) {
            deflater = new Deflater(level);
        }
        try {
            deflater.setInput(data, 0, length);
            deflater.finish();
            byte[] out = new byte[Math.max(256, length / 2)];
            int size = 0;
            while (!deflater.finished()) {
                if (size == out.length) {
                    out = Arrays.copyOf(out, 2 * out.length);
                }
                size += deflater.deflate(out, size, out.length - size);
            }
            return Arrays.copyOf(out, size);
        } finally {
            deflater.reset();
            if (!pool.offer(deflater)) {
                deflater.end();
            }
        }
    }
}
