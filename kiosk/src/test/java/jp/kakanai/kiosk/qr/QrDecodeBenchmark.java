package jp.kakanai.kiosk.qr;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import jp.kakanai.forms.homeqr.HomeQrCodec;
import jp.kakanai.forms.homeqr.HomeQrPayload;
import jp.kakanai.forms.homeqr.HomeQrSymbol;
import jp.kakanai.kiosk.qr.CameraImages.Distortion;

/**
 * How long the kiosk takes to read a camera frame, by kind of distortion, and how far each distortion
 * can go before the code is lost. A benchmark main, not a test (speed is no test's business); prints
 * Markdown tables for docs/qr.md. Argument: measured decodes per case (default 30).
 */
public final class QrDecodeBenchmark {
    private static final QrImageDecoder DECODER = new QrImageDecoder();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int VARIANTS = 5;
    private static final int TURN_STEP = 7;

    private QrDecodeBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        HomeQrSymbol couple = symbol(HomePayloads.couple());
        HomeQrSymbol family = symbol(HomePayloads.familyOfSeven());
        System.out.printf(Locale.ROOT, "Frames %d × %d, code %d px wide; %d decodes a case after 5 warm-up decodes.%n%n",
                CameraImages.WIDTH, CameraImages.HEIGHT, CameraImages.CODE_SIDE, rounds);
        System.out.println("| distortion | couple (v" + couple.version() + "): median ms | p90 | CPU ms | read by "
                + "| family (v" + family.version() + "): median ms | p90 | CPU ms | read by |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (Distortion distortion : Distortion.values()) {
            System.out.println("| " + distortion.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + timed(CameraImages.frame(couple, distortion), rounds)
                    + timed(CameraImages.frame(family, distortion), rounds) + " |");
        }
        BufferedImage empty = CameraImages.noise(new BufferedImage(CameraImages.WIDTH, CameraImages.HEIGHT,
                BufferedImage.TYPE_BYTE_GRAY), 8, 1);
        System.out.println("| no code in the frame" + timed(empty, rounds) + " | | | | | |");

        System.out.println();
        System.out.println("How far each distortion can go: frames read of " + VARIANTS + " (each turned a further "
                + TURN_STEP + "° and with its own noise), code " + CameraImages.CODE_SIDE + " px wide unless stated:");
        System.out.println();
        sweep("turned (degrees)", new double[] {0, 10, 20, 30, 40, 45, 90, 135, 180, 270}, couple, family,
                (symbol, v, variant) -> CameraImages.place(image(symbol), CameraImages.rotated(v + variant), 1));
        sweep("leaning back (degrees)", new double[] {0, 20, 30, 40, 45, 50, 55, 60}, couple, family,
                (symbol, v, variant) -> CameraImages.place(image(symbol),
                        CameraImages.tilted(CameraImages.CODE_SIDE, v, TURN_STEP * variant), 1));
        sweep("contrast (grey levels)", new double[] {80, 40, 25, 15, 10, 6}, couple, family,
                (symbol, v, variant) -> CameraImages.tone(turned(image(symbol), CameraImages.CODE_SIDE, variant),
                        (int) (120 - v / 2), (int) (120 + v / 2), 0));
        sweep("noise σ (grey levels)", new double[] {20, 40, 60, 80, 100, 120}, couple, family,
                (symbol, v, variant) -> CameraImages.noise(turned(image(symbol), CameraImages.CODE_SIDE, variant), v, variant));
        sweep("blur σ (pixels)", new double[] {1, 2, 3, 4, 5, 6}, couple, family,
                (symbol, v, variant) -> CameraImages.blur(turned(image(symbol), CameraImages.CODE_SIDE, variant), v));
        sweep("code width (pixels), sharp", new double[] {480, 400, 320, 260, 200, 160}, couple, family,
                (symbol, v, variant) -> turned(symbol.image(Math.max(1, (int) v / symbol.size())), (int) v, variant));
        sweep("code width (pixels), blur σ 1.5", new double[] {480, 400, 320, 260, 200}, couple, family,
                (symbol, v, variant) -> CameraImages.blur(turned(symbol.image(Math.max(1, (int) v / symbol.size())),
                        (int) v, variant), 1.5));
    }

    private static BufferedImage turned(BufferedImage code, int side, int variant) {
        return CameraImages.place(code, CameraImages.rotated(side, TURN_STEP * variant), 1);
    }

    private interface Frame {
        BufferedImage of(HomeQrSymbol symbol, double value, int variant);
    }

    private static void sweep(String what, double[] values, HomeQrSymbol couple, HomeQrSymbol family, Frame frame) {
        StringBuilder header = new StringBuilder("| " + what + " |");
        StringBuilder line = new StringBuilder("|---|");
        StringBuilder small = new StringBuilder("| couple (v" + couple.version() + ") |");
        StringBuilder big = new StringBuilder("| family (v" + family.version() + ") |");
        for (double v : values) {
            header.append(' ').append(v == Math.rint(v) ? String.valueOf((int) v) : String.valueOf(v)).append(" |");
            line.append("---|");
            small.append(' ').append(reads(frame, couple, v)).append('/').append(VARIANTS).append(" |");
            big.append(' ').append(reads(frame, family, v)).append('/').append(VARIANTS).append(" |");
        }
        System.out.println(header);
        System.out.println(line);
        System.out.println(small);
        System.out.println(big);
        System.out.println();
    }

    private static int reads(Frame frame, HomeQrSymbol symbol, double value) {
        int read = 0;
        for (int variant = 0; variant < VARIANTS; variant++) {
            read += read(frame.of(symbol, value, variant)) ? 1 : 0;
        }
        return read;
    }

    private static boolean read(BufferedImage frame) {
        return DECODER.scan(frame) instanceof QrImageDecoder.ImageScan.Found found && found.text().startsWith(HomeQrCodec.PREFIX);
    }

    private static String timed(BufferedImage frame, int rounds) {
        for (int i = 0; i < 5; i++) {
            DECODER.scan(frame);
        }
        double[] wall = new double[rounds];
        double cpu = 0;
        QrImageDecoder.ImageScan scan = null;
        for (int i = 0; i < rounds; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            scan = DECODER.scan(frame);
            wall[i] = (System.nanoTime() - start) / 1e6;
            cpu += (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(wall);
        String by = scan instanceof QrImageDecoder.ImageScan.Found found
                ? found.strategy().name().toLowerCase(Locale.ROOT).replace('_', ' ') : "not read";
        return String.format(Locale.ROOT, " | %.1f | %.1f | %.1f | %s", wall[rounds / 2],
                wall[Math.min(rounds - 1, (int) Math.ceil(rounds * 0.9) - 1)], cpu / rounds, by);
    }

    private static BufferedImage image(HomeQrSymbol symbol) {
        return symbol.image(Math.max(1, CameraImages.CODE_SIDE / symbol.size()));
    }

    private static HomeQrSymbol symbol(HomeQrPayload payload) {
        return HomeQrSymbol.of(HomeQrCodec.encode(payload));
    }

}
