package jp.kakanai.kiosk.qr;

import com.google.zxing.common.PerspectiveTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.WritableRaster;
import java.util.Random;
import jp.kakanai.forms.homeqr.HomeQrSymbol;

/**
 * Camera frames of a QR code as a kiosk camera sees a phone held up to it: a 1280 × 720 grey frame with
 * the code (quiet zone included) 480 pixels wide (two thirds of the frame's height: the page's guide frame), then turned, tilted, dimmed, noisy or blurred.
 * Each pixel is sampled back through the inverse perspective mapping with bilinear interpolation, so
 * edges are grey as in a real photo. Deterministic (seeded noise), for tests and the benchmark.
 */
final class CameraImages {
    static final int WIDTH = 1280;
    static final int HEIGHT = 720;
    static final int CODE_SIDE = 480;
    private static final int DESK = 90;

    enum Distortion {
        CLEAN, ROTATED_15, ROTATED_90, ROTATED_180, PERSPECTIVE, LOW_CONTRAST, NOISE, BLUR, INVERTED,
        /** All at once, milder: turned 8°, tilted, dim with glare, noisy and a little out of focus. */
        PHONE_PHOTO
    }

    private CameraImages() {
    }

    static BufferedImage frame(HomeQrSymbol symbol, Distortion distortion) {
        BufferedImage code = symbol.image(Math.max(1, CODE_SIDE / symbol.size()));
        return switch (distortion) {
            case CLEAN -> place(code, rotated(0), 1);
            case ROTATED_15 -> place(code, rotated(15), 1);
            case ROTATED_90 -> place(code, rotated(90), 1);
            case ROTATED_180 -> place(code, rotated(180), 1);
            case PERSPECTIVE -> place(code, tilted(CODE_SIDE, 40, 0), 1);
            case LOW_CONTRAST -> tone(place(code, rotated(0), 1), 100, 130, 30);
            case NOISE -> noise(place(code, rotated(0), 1), 50, 1);
            case BLUR -> blur(place(code, rotated(0), 1), 1.5);
            case INVERTED -> invert(place(code, rotated(0), 1));
            case PHONE_PHOTO -> noise(blur(tone(place(code, tilted(CODE_SIDE, 25, 8), 1), 70, 190, 60), 1.2), 20, 2);
        };
    }

    /** Corners (top-left, top-right, bottom-right, bottom-left) of the code turned by {@code degrees} about the centre. */
    static double[] rotated(double degrees) {
        return rotated(CODE_SIDE, degrees);
    }

    static double[] rotated(int side, double degrees) {
        double half = side / 2.0;
        double angle = Math.toRadians(degrees);
        double[] corners = {-half, -half, half, -half, half, half, -half, half};
        double[] placed = new double[8];
        for (int i = 0; i < 8; i += 2) {
            placed[i] = WIDTH / 2.0 + corners[i] * Math.cos(angle) - corners[i + 1] * Math.sin(angle);
            placed[i + 1] = HEIGHT / 2.0 + corners[i] * Math.sin(angle) + corners[i + 1] * Math.cos(angle);
        }
        return placed;
    }

    /**
     * The code leaning back by {@code degrees} about its horizontal axis, then turned by {@code turn}
     * degrees in the picture, as a pinhole camera sees it from 5 times the code's width away (a 5 cm
     * code on a phone 25 cm from the kiosk camera): the far edge comes out shorter and the code flatter.
     */
    static double[] tilted(int side, double degrees, double turn) {
        double distance = 5;
        double focal = side * distance;
        double tilt = Math.toRadians(degrees);
        double angle = Math.toRadians(turn);
        double[] unit = {-0.5, -0.5, 0.5, -0.5, 0.5, 0.5, -0.5, 0.5};
        double[] placed = new double[8];
        for (int i = 0; i < 8; i += 2) {
            double y = unit[i + 1] * Math.cos(tilt);
            double z = -unit[i + 1] * Math.sin(tilt);
            double px = focal * unit[i] / (distance + z);
            double py = focal * y / (distance + z);
            placed[i] = WIDTH / 2.0 + px * Math.cos(angle) - py * Math.sin(angle);
            placed[i + 1] = HEIGHT / 2.0 + px * Math.sin(angle) + py * Math.cos(angle);
        }
        return placed;
    }

    /** The code drawn into the frame with its corners at {@code corners}, at {@code scale} × the corner coordinates. */
    static BufferedImage place(BufferedImage anyCode, double[] corners, double scale) {
        BufferedImage code = grey(anyCode);
        int w = code.getWidth();
        int h = code.getHeight();
        PerspectiveTransform frameToCode = PerspectiveTransform.quadrilateralToQuadrilateral(
                (float) (corners[0] * scale), (float) (corners[1] * scale), (float) (corners[2] * scale), (float) (corners[3] * scale),
                (float) (corners[4] * scale), (float) (corners[5] * scale), (float) (corners[6] * scale), (float) (corners[7] * scale),
                0, 0, w, 0, w, h, 0, h);
        BufferedImage frame = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster out = frame.getRaster();
        var in = code.getRaster();
        float[] point = new float[2];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                point[0] = x + 0.5f;
                point[1] = y + 0.5f;
                frameToCode.transformPoints(point);
                double sx = point[0] - 0.5;
                double sy = point[1] - 0.5;
                out.setSample(x, y, 0, sx < -0.5 || sy < -0.5 || sx > w - 0.5 || sy > h - 0.5 ? DESK : bilinear(in, sx, sy, w, h));
            }
        }
        return frame;
    }

    private static int bilinear(java.awt.image.Raster in, double x, double y, int w, int h) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        double top = sample(in, x0, y0, w, h) * (1 - fx) + sample(in, x0 + 1, y0, w, h) * fx;
        double bottom = sample(in, x0, y0 + 1, w, h) * (1 - fx) + sample(in, x0 + 1, y0 + 1, w, h) * fx;
        return (int) Math.round(top * (1 - fy) + bottom * fy);
    }

    private static int sample(java.awt.image.Raster in, int x, int y, int w, int h) {
        return in.getSample(Math.min(Math.max(x, 0), w - 1), Math.min(Math.max(y, 0), h - 1), 0);
    }

    /** Black becomes {@code black}, white {@code white}; {@code glare} more light towards the right edge. */
    static BufferedImage tone(BufferedImage image, int black, int white, int glare) {
        WritableRaster r = image.getRaster();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                double v = black + r.getSample(x, y, 0) * (white - black) / 255.0 + glare * (double) x / image.getWidth();
                r.setSample(x, y, 0, clamp(v));
            }
        }
        return image;
    }

    /** Gaussian noise of standard deviation {@code sigma} grey levels. */
    static BufferedImage noise(BufferedImage image, double sigma, long seed) {
        Random random = new Random(seed);
        WritableRaster r = image.getRaster();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                r.setSample(x, y, 0, clamp(r.getSample(x, y, 0) + random.nextGaussian() * sigma));
            }
        }
        return image;
    }

    /** Gaussian blur of standard deviation {@code sigma} pixels (out of focus, or the phone moved). */
    static BufferedImage blur(BufferedImage image, double sigma) {
        int radius = (int) Math.ceil(3 * sigma);
        int size = 2 * radius + 1;
        float[] weights = new float[size];
        float sum = 0;
        for (int i = 0; i < size; i++) {
            weights[i] = (float) Math.exp(-((i - radius) * (i - radius)) / (2 * sigma * sigma));
            sum += weights[i];
        }
        for (int i = 0; i < size; i++) {
            weights[i] /= sum;
        }
        BufferedImage across = new ConvolveOp(new Kernel(size, 1, weights), ConvolveOp.EDGE_NO_OP, null).filter(image, null);
        return new ConvolveOp(new Kernel(1, size, weights), ConvolveOp.EDGE_NO_OP, null).filter(across, null);
    }

    static BufferedImage invert(BufferedImage image) {
        WritableRaster r = image.getRaster();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                r.setSample(x, y, 0, 255 - r.getSample(x, y, 0));
            }
        }
        return image;
    }

    /**
     * Paints over a block of the data area ({@code fraction} of the symbol's side, centred): beyond what
     * error correction M (15 %) can restore, while the three finder patterns stay visible.
     */
    static BufferedImage smudged(HomeQrSymbol symbol, double fraction) {
        BufferedImage code = symbol.image(Math.max(1, CODE_SIDE / symbol.size()));
        var g = code.createGraphics();
        int side = (int) (code.getWidth() * fraction);
        g.setColor(java.awt.Color.GRAY);
        g.fillRect((code.getWidth() - side) / 2, (code.getHeight() - side) / 2, side, side);
        g.dispose();
        return place(code, rotated(0), 1);
    }

    /** Any picture as 8-bit grey (a binary or RGB image's samples are not grey levels). */
    static BufferedImage grey(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        var g = grey.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return grey;
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
