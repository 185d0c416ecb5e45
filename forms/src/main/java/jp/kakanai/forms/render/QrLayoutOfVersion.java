package jp.kakanai.forms.render;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.Version;

/**
 * The fixed part of a QR symbol of one version (ISO/IEC 18004 §6.3): finder patterns with their separators, timing
 * patterns, alignment patterns, the dark module and the version information, the places of the format information,
 * and the order in which data modules are filled (two columns at a time, upwards and downwards from the right,
 * skipping the vertical timing pattern). Made once per version and shared.
 */
final class QrLayoutOfVersion {
    private static final int[][] FORMAT_AT = {{8, 0}, {8, 1}, {8, 2}, {8, 3}, {8, 4}, {8, 5}, {8, 7}, {8, 8}, {7, 8},
            {5, 8}, {4, 8}, {3, 8}, {2, 8}, {1, 8}, {0, 8}};

    private final int n;
    private final boolean[] fixedDark;
    /** Index y * n + x of each data module, in filling order. */
    private final int[] dataPath;

    QrLayoutOfVersion(Version version) {
        n = version.getDimensionForVersion();
        fixedDark = new boolean[n * n];
        boolean[] reserved = new boolean[n * n];
        finder(0, 0, reserved);
        finder(n - 7, 0, reserved);
        finder(0, n - 7, reserved);
        set(8, n - 8, true, reserved);
        int[] centres = version.getAlignmentPatternCenters();
        for (int cy : centres) {
            for (int cx : centres) {
                if (!reserved[cy * n + cx]) {
                    for (int dy = -2; dy <= 2; dy++) {
                        for (int dx = -2; dx <= 2; dx++) {
                            set(cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) != 1, reserved);
                        }
                    }
                }
            }
        }
        for (int i = 8; i < n - 8; i++) {
            if (!reserved[6 * n + i]) {
                set(i, 6, i % 2 == 0, reserved);
            }
            if (!reserved[i * n + 6]) {
                set(6, i, i % 2 == 0, reserved);
            }
        }
        for (int i = 0; i < 15; i++) {
            reserved[FORMAT_AT[i][1] * n + FORMAT_AT[i][0]] = true;
            reserved[i < 8 ? 8 * n + (n - i - 1) : (n - 7 + i - 8) * n + 8] = true;
        }
        if (version.getVersionNumber() >= 7) {
            int bits = QrEncoder.versionBits(version.getVersionNumber());
            int bit = 0; // least significant first (§7.10, figure 27)
            for (int i = 0; i < 6; i++) {
                for (int j = 0; j < 3; j++) {
                    boolean dark = (bits >> bit++ & 1) != 0;
                    set(i, n - 11 + j, dark, reserved);
                    set(n - 11 + j, i, dark, reserved);
                }
            }
        }
        dataPath = path(reserved);
    }

    /** The symbol: fixed patterns, the codewords' bits along the data path under the mask, the format bits. */
    FinderLookalikes.Grid symbol(byte[] codewords, int format, int mask) {
        boolean[] dark = fixedDark.clone();
        int bits = codewords.length * 8;
        for (int b = 0; b < dataPath.length; b++) {
            int at = dataPath[b];
            boolean bit = b < bits && (codewords[b >> 3] >> (7 - (b & 7)) & 1) != 0;
            dark[at] = bit != masked(mask, at % n, at / n);
        }
        for (int i = 0; i < 15; i++) {
            boolean bit = (format >> i & 1) != 0;
            dark[FORMAT_AT[i][1] * n + FORMAT_AT[i][0]] = bit;
            dark[i < 8 ? 8 * n + n - i - 1 : (n - 7 + i - 8) * n + 8] = bit;
        }
        return new FinderLookalikes.Grid(dark, n);
    }

    static BitMatrix bitMatrix(FinderLookalikes.Grid grid) {
        int n = grid.n();
        BitMatrix modules = new BitMatrix(n, n);
        for (int i = 0; i < n * n; i++) {
            if (grid.dark()[i]) {
                modules.set(i % n, i / n);
            }
        }
        return modules;
    }

    /** The data mask patterns of §7.8.2: true where the module is inverted. */
    static boolean masked(int mask, int x, int y) {
        return switch (mask) {
            case 0 -> (y + x) % 2 == 0;
            case 1 -> y % 2 == 0;
            case 2 -> x % 3 == 0;
            case 3 -> (y + x) % 3 == 0;
            case 4 -> (y / 2 + x / 3) % 2 == 0;
            case 5 -> (y * x) % 2 + (y * x) % 3 == 0;
            case 6 -> ((y * x) % 2 + (y * x) % 3) % 2 == 0;
            case 7 -> ((y * x) % 3 + (y + x) % 2) % 2 == 0;
            default -> throw new IllegalArgumentException("mask " + mask);
        };
    }

    private int[] path(boolean[] reserved) {
        int[] path = new int[n * n];
        int count = 0;
        int direction = -1;
        int y = n - 1;
        for (int x = n - 1; x > 0; x -= 2) {
            if (x == 6) {
                x--;
            }
            for (; y >= 0 && y < n; y += direction) {
                for (int i = 0; i < 2; i++) {
                    if (!reserved[y * n + x - i]) {
                        path[count++] = y * n + x - i;
                    }
                }
            }
            direction = -direction;
            y += direction;
        }
        return java.util.Arrays.copyOf(path, count);
    }

    /** A 7 × 7 finder pattern with its light separator (§6.3.3). */
    private void finder(int left, int top, boolean[] reserved) {
        for (int dy = -1; dy <= 7; dy++) {
            for (int dx = -1; dx <= 7; dx++) {
                int x = left + dx;
                int y = top + dy;
                if (x >= 0 && y >= 0 && x < n && y < n) {
                    int ring = Math.max(Math.abs(dx - 3), Math.abs(dy - 3));
                    set(x, y, ring != 2 && ring != 4, reserved);
                }
            }
        }
    }

    private void set(int x, int y, boolean dark, boolean[] reserved) {
        fixedDark[y * n + x] = dark;
        reserved[y * n + x] = true;
    }
}
