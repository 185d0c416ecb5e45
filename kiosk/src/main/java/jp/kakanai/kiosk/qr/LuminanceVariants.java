package jp.kakanai.kiosk.qr;

import com.google.zxing.LuminanceSource;
import com.google.zxing.PlanarYUVLuminanceSource;

/**
 * Grey-level variants of a camera picture for the decoder's fallbacks. ZXing reads a run of pixels as a
 * module edge, so pixel noise breaks its finder-pattern runs; averaging removes the noise, and a
 * stretched histogram lifts a faint code above the binarizer's minimum contrast.
 */
final class LuminanceVariants {
    private LuminanceVariants() {
    }

    /** Half the width and height, each pixel the mean of four: noise σ halves, and there are fewer pixels to search. */
    static LuminanceSource halved(LuminanceSource source) {
        byte[] in = source.getMatrix();
        int sourceWidth = source.getWidth();
        int w = sourceWidth / 2;
        int h = source.getHeight() / 2;
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = 2 * y * sourceWidth + 2 * x;
                out[y * w + x] = (byte) ((grey(in, i) + grey(in, i + 1) + grey(in, i + sourceWidth)
                        + grey(in, i + sourceWidth + 1) + 2) / 4);
            }
        }
        return of(out, w, h);
    }

    /** A 3 × 3 mean at full size: for noisy pictures of small modules, which halving would lose. */
    static LuminanceSource smoothed(LuminanceSource source) {
        byte[] in = source.getMatrix();
        int w = source.getWidth();
        int h = source.getHeight();
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int sum = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    int row = Math.min(Math.max(y + dy, 0), h - 1) * w;
                    for (int dx = -1; dx <= 1; dx++) {
                        sum += grey(in, row + Math.min(Math.max(x + dx, 0), w - 1));
                    }
                }
                out[y * w + x] = (byte) ((sum + 4) / 9);
            }
        }
        return of(out, w, h);
    }

    /** The darkest and lightest 1 % clipped, the rest spread over 0–255. */
    static LuminanceSource stretched(LuminanceSource source) {
        byte[] in = source.getMatrix();
        int[] histogram = new int[256];
        for (byte b : in) {
            histogram[b & 0xFF]++;
        }
        int clip = in.length / 100;
        int low = 0;
        for (int seen = histogram[0]; low < 255 && seen < clip; seen += histogram[++low]) {
            // walk up to the 1st percentile
        }
        int high = 255;
        for (int seen = histogram[255]; high > 0 && seen < clip; seen += histogram[--high]) {
            // walk down to the 99th percentile
        }
        int range = Math.max(1, high - low);
        byte[] out = new byte[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = (byte) Math.max(0, Math.min(255, (grey(in, i) - low) * 255 / range));
        }
        return of(out, source.getWidth(), source.getHeight());
    }

    private static int grey(byte[] pixels, int at) {
        return pixels[at] & 0xFF;
    }

    /** ZXing's source for a plane of grey bytes (the Y plane of YUV is exactly that). */
    private static LuminanceSource of(byte[] grey, int width, int height) {
        return new PlanarYUVLuminanceSource(grey, width, height, 0, 0, width, height, false);
    }
}
