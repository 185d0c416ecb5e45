package jp.kakanai.forms.render;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Reed–Solomon error correction codewords of QR codes (ISO/IEC 18004 §7.5.2): GF(256) with the polynomial
 * x⁸+x⁴+x³+x²+1 (0x11D), generator polynomials (x−α⁰)(x−α¹)…(x−αⁿ⁻¹), computed with log and antilog tables.
 */
final class ReedSolomon {
    private static final int[] EXP = new int[512];
    private static final int[] LOG = new int[256];
    private static final ConcurrentMap<Integer, int[]> GENERATORS = new ConcurrentHashMap<>();

    static {
        int x = 1;
        for (int i = 0; i < 255; i++) {
            EXP[i] = x;
            LOG[x] = i;
            x <<= 1;
            if (x >= 256) {
                x ^= 0x11D;
            }
        }
        for (int i = 255; i < EXP.length; i++) {
            EXP[i] = EXP[i - 255];
        }
    }

    private ReedSolomon() {
    }

    /** The {@code count} error correction codewords of the data: the remainder of data·xⁿ divided by the generator. */
    static byte[] remainder(byte[] data, int count) {
        int[] generator = GENERATORS.computeIfAbsent(count, ReedSolomon::generator);
        int[] rest = new int[count];
        for (byte b : data) {
            int factor = (b & 0xff) ^ rest[0];
            System.arraycopy(rest, 1, rest, 0, count - 1);
            rest[count - 1] = 0;
            if (factor != 0) {
                int logFactor = LOG[factor];
                for (int i = 0; i < count; i++) {
                    if (generator[i + 1] != 0) {
                        rest[i] ^= EXP[LOG[generator[i + 1]] + logFactor];
                    }
                }
            }
        }
        byte[] out = new byte[count];
        for (int i = 0; i < count; i++) {
            out[i] = (byte) rest[i];
        }
        return out;
    }

    /** Coefficients of the generator of degree {@code count}, highest first (the first is 1). */
    private static int[] generator(int count) {
        int[] g = {1};
        for (int i = 0; i < count; i++) {
            int[] next = new int[g.length + 1];
            for (int j = 0; j < g.length; j++) {
                next[j] ^= g[j];
                if (g[j] != 0) {
                    next[j + 1] ^= EXP[LOG[g[j]] + i];
                }
            }
            g = next;
        }
        return g;
    }
}
