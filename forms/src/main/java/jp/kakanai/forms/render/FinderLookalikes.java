package jp.kakanai.forms.render;

import com.google.zxing.common.BitMatrix;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Places in a QR symbol's data that ZXing's finder search takes for one of the three finder patterns: a dark centre
 * with light and dark rings exactly 1:1:3:1:1 modules across its row, and in the proportions ZXing accepts down its
 * column and along its diagonal (each run within half a module of the ideal, the centre within one and a half; looser
 * on the diagonal), so that it measures the same module size as the real ones. ZXing stops searching once it has
 * three such patterns; a lookalike above the real bottom-left one then becomes a corner of a wrong square and the code
 * does not scan at any resolution. The mask penalty of ISO/IEC 18004 §7.8.3 only counts lookalikes with four light
 * modules beside them, which ZXing's search does not need. Judged on the module grid, the diagonal walked in eighths
 * of a module from centres shifted by up to a quarter module (a scan lands anywhere in a module).
 */
final class FinderLookalikes {
    private static final int FINDER = 7;
    private static final double STEP = 1.0 / 8;
    private static final double[] SHIFTS = {-0.25, 0, 0.25};

    private FinderLookalikes() {
    }

    /** A symbol's modules, row by row, dark true. */
    record Grid(boolean[] dark, int n) {
        static Grid of(BitMatrix modules) {
            int n = modules.getWidth();
            boolean[] dark = new boolean[n * n];
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    dark[y * n + x] = modules.get(x, y);
                }
            }
            return new Grid(dark, n);
        }
    }

    /** How many lookalikes the symbol has outside its three real finder patterns. */
    static int count(BitMatrix modules) {
        return count(Grid.of(modules));
    }

    static int count(Grid modules) {
        return centres(modules).size();
    }

    /**
     * The lookalikes' centres as (row, column) in modules, each once. A row is read once into its runs of light and
     * dark modules, and only five runs of seven modules around a dark one are looked at further (walking the
     * modules around every dark run was a quarter of a household's render, measured in docs/forms.md).
     */
    static List<double[]> centres(Grid modules) {
        int n = modules.n();
        Set<Long> seen = new HashSet<>();
        List<double[]> centres = new ArrayList<>();
        int[] starts = new int[n + 1];
        int[] across = new int[5];
        for (int row = 0; row < n; row++) {
            int runs = 0;
            for (int col = 0; col < n; col++) {
                if (col == 0 || modules.dark()[row * n + col] != modules.dark()[row * n + col - 1]) {
                    starts[runs++] = col;
                }
            }
            starts[runs] = n;
            for (int k = 2; k + 2 < runs; k++) {
                if (!modules.dark()[row * n + starts[k]] || starts[k + 3] - starts[k - 2] != 7) {
                    continue; // the centre run is dark, and the five runs are seven modules
                }
                for (int i = 0; i < 5; i++) {
                    across[i] = starts[k - 1 + i] - starts[k - 2 + i];
                }
                if (!proportioned(across, 2)) {
                    continue;
                }
                int total = 7;
                double x = starts[k] + across[2] / 2.0;
                for (int column : new int[] {(int) Math.floor(x - 0.25), (int) Math.floor(x + 0.25)}) {
                    Runs down = Runs.through(modules, row, column, 1, 0);
                    if (down != null && down.proportioned(2) && 5 * Math.abs(down.total() - total) < 2 * total) {
                        double y = down.centre();
                        if (!inRealFinder(y, x, n) && diagonalFits(modules, y, x)) {
                            if (seen.add(Math.round(2 * y) * 1_000_000 + Math.round(2 * x))) {
                                centres.add(new double[] {y, x});
                            }
                            break;
                        }
                    }
                }
            }
        }
        return centres;
    }

    /**
     * The five runs through a dark module along a direction: outer dark, light, the dark centre, light, outer dark,
     * with where the centre run starts; null when the module is light or a run is missing.
     */
    private record Runs(int[] lengths, int centreStart) {
        static Runs through(Grid m, int row, int col, int dRow, int dCol) {
            if (!dark(m, row, col)) {
                return null;
            }
            int[] lengths = new int[5];
            int r = row;
            int c = col;
            int part = 2;
            while (part >= 0 && inside(m, r, c)) {
                if (dark(m, r, c) == (part != 1)) {
                    lengths[part]++;
                    r -= dRow;
                    c -= dCol;
                } else {
                    part--;
                }
            }
            int centreStart = (dRow != 0 ? row : col) - lengths[2] + 1;
            r = row + dRow;
            c = col + dCol;
            part = 2;
            while (part <= 4 && inside(m, r, c)) {
                if (dark(m, r, c) == (part != 3)) {
                    lengths[part]++;
                    r += dRow;
                    c += dCol;
                } else {
                    part++;
                }
            }
            for (int length : lengths) {
                if (length == 0) {
                    return null;
                }
            }
            return new Runs(lengths, centreStart);
        }

        int total() {
            return lengths[0] + lengths[1] + lengths[2] + lengths[3] + lengths[4];
        }

        /** The middle of the centre run, in modules along the direction. */
        double centre() {
            return centreStart + lengths[2] / 2.0;
        }

        boolean proportioned(double divisor) {
            return FinderLookalikes.proportioned(lengths, divisor);
        }
    }

    /** ZXing's {@code crossCheckDiagonal}, walked from the centre and from centres a quarter module beside it. */
    private static boolean diagonalFits(Grid m, double y, double x) {
        for (double dy : SHIFTS) {
            for (double dx : SHIFTS) {
                int[] steps = new int[5];
                walk(m, y + dy, x + dx, -1, steps);
                walk(m, y + dy, x + dx, 1, steps);
                if (proportioned(steps, 1.333)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Counts steps of the diagonal from the centre: up-left ({@code direction} -1) into runs 2, 1, 0, down-right
     * into 2, 3, 4; the light rings are runs 1 and 3. Beyond the symbol is the light quiet zone, so a walk ends there.
     */
    private static void walk(Grid m, double y, double x, int direction, int[] steps) {
        int part = 2;
        for (double t = direction < 0 ? 0 : STEP; ; t += STEP) {
            int row = (int) Math.floor(y + direction * t);
            int col = (int) Math.floor(x + direction * t);
            if (!inside(m, row, col)) {
                return;
            }
            boolean wantDark = part != 1 && part != 3;
            if (dark(m, row, col) != wantDark) {
                if (part == 2 + 2 * direction) {
                    return;
                }
                part += direction;
            }
            steps[part]++;
        }
    }

    /** ZXing's {@code foundPatternCross} ({@code divisor} 2) and {@code foundPatternDiagonal} (1.333). */
    private static boolean proportioned(int[] runs, double divisor) {
        int total = 0;
        for (int run : runs) {
            if (run == 0) {
                return false;
            }
            total += run;
        }
        double module = total / 7.0;
        double variance = module / divisor;
        return Math.abs(module - runs[0]) < variance && Math.abs(module - runs[1]) < variance
                && Math.abs(3 * module - runs[2]) < 3 * variance && Math.abs(module - runs[3]) < variance
                && Math.abs(module - runs[4]) < variance;
    }

    private static boolean inRealFinder(double y, double x, int n) {
        boolean top = y < FINDER;
        boolean left = x < FINDER;
        return top && left || top && x >= n - FINDER || y >= n - FINDER && left;
    }

    private static boolean inside(Grid m, int row, int col) {
        return row >= 0 && col >= 0 && row < m.n() && col < m.n();
    }

    private static boolean dark(Grid m, int row, int col) {
        return m.dark()[row * m.n() + col];
    }
}
