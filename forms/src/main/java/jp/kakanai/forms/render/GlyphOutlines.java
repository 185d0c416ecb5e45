package jp.kakanai.forms.render;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The outlines of a TrueType font ({@code glyf} by {@code loca}), glyph by glyph, as a subset needs them: without
 * hinting instructions (about half of IPAex's glyph bytes; they only matter on low-resolution screens, printed forms
 * and PDF viewers do without, and it keeps a form PDF under 60 KB), each glyph's bytes kept once stripped so that
 * later documents only copy them, and the glyphs a composite glyph is built from.
 */
final class GlyphOutlines {
    private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
    private static final int WE_HAVE_A_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
    private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;
    private static final int WE_HAVE_INSTRUCTIONS = 0x0100;
    private static final byte[] EMPTY = new byte[0];

    private final ByteBuffer glyf;
    private final int[] offsets;
    private final AtomicReferenceArray<byte[]> stripped;

    GlyphOutlines(TrueTypeFile font, int numGlyphs) {
        this.glyf = font.table("glyf");
        ByteBuffer loca = font.table("loca");
        boolean longOffsets = font.table("head").getShort(50) == 1;
        this.offsets = new int[numGlyphs + 1];
        for (int g = 0; g <= numGlyphs; g++) {
            int offset = longOffsets ? (int) TrueTypeFile.u32(loca, 4 * g) : TrueTypeFile.u16(loca, 2 * g) * 2;
            offsets[g] = Math.min(offset, glyf.limit());
        }
        this.stripped = new AtomicReferenceArray<>(numGlyphs);
    }

    int count() {
        return stripped.length();
    }

    /** The glyph's outline without instructions; empty for a glyph without contours (a space). */
    byte[] outline(int gid) {
        byte[] bytes = stripped.get(gid);
        if (bytes == null) {
            int start = offsets[gid];
            int end = Math.max(start, offsets[gid + 1]);
            bytes = end - start < 10 ? EMPTY : withoutInstructions(glyf.slice(start, end - start));
            stripped.set(gid, bytes); // a race only computes the same bytes twice
        }
        return bytes;
    }

    /** The glyphs a composite glyph places (none for a simple glyph). */
    int[] components(int gid) {
        byte[] glyph = outline(gid);
        if (glyph.length == 0 || ByteBuffer.wrap(glyph).getShort(0) >= 0) {
            return new int[0];
        }
        int[] found = new int[4];
        int n = 0;
        ByteBuffer composite = ByteBuffer.wrap(glyph);
        int at = 10;
        int flags;
        do {
            flags = composite.getShort(at) & 0xffff;
            if (n == found.length) {
                found = Arrays.copyOf(found, 2 * n);
            }
            found[n++] = composite.getShort(at + 2) & 0xffff;
            at = nextComponent(flags, at);
        } while ((flags & MORE_COMPONENTS) != 0);
        return Arrays.copyOf(found, n);
    }

    /** A copy of a composite glyph with its components renumbered for a subset; a simple glyph as it is. */
    byte[] renumbered(int gid, java.util.function.IntUnaryOperator newGid) {
        byte[] glyph = outline(gid);
        if (glyph.length == 0 || ByteBuffer.wrap(glyph).getShort(0) >= 0) {
            return glyph;
        }
        byte[] copy = glyph.clone();
        ByteBuffer composite = ByteBuffer.wrap(copy);
        int at = 10;
        int flags;
        do {
            flags = composite.getShort(at) & 0xffff;
            composite.putShort(at + 2, (short) newGid.applyAsInt(composite.getShort(at + 2) & 0xffff));
            at = nextComponent(flags, at);
        } while ((flags & MORE_COMPONENTS) != 0);
        return copy;
    }

    private static int nextComponent(int flags, int at) {
        at += 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
        if ((flags & WE_HAVE_A_SCALE) != 0) {
            at += 2;
        } else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
            at += 4;
        } else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
            at += 8;
        }
        return at;
    }

    private static byte[] withoutInstructions(ByteBuffer glyph) {
        short contours = glyph.getShort(0);
        byte[] bytes = new byte[glyph.limit()];
        glyph.get(0, bytes);
        if (contours >= 0) {
            int lengthAt = 10 + 2 * contours;
            int instructions = glyph.getShort(lengthAt) & 0xffff;
            byte[] out = new byte[bytes.length - instructions];
            System.arraycopy(bytes, 0, out, 0, lengthAt);
            System.arraycopy(bytes, lengthAt + 2 + instructions, out, lengthAt + 2, bytes.length - lengthAt - 2 - instructions);
            return out;
        }
        ByteBuffer composite = ByteBuffer.wrap(bytes);
        int at = 10;
        int flags;
        do {
            flags = composite.getShort(at) & 0xffff;
            composite.putShort(at, (short) (flags & ~WE_HAVE_INSTRUCTIONS));
            at = nextComponent(flags, at);
        } while ((flags & MORE_COMPONENTS) != 0);
        return Arrays.copyOf(bytes, at);
    }
}
