package jp.kakanai.forms.render;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * A font's ideographic variation sequences (IVS, e.g. 辻 U+8FBB + U+E0100, the one-dot 辻), from its {@code cmap}
 * format-14 subtable (OpenType spec, "Format 14: Unicode Variation Sequences"). PDFBox ignores this subtable, so
 * the renderer reads it itself: a sequence is either the character's default glyph or a glyph of its own. IPAmj
 * Mincho holds 11,474 sequences, the MJ glyphs that the 行政事務標準文字 distinguish; IPAex a few hundred.
 */
final class VariationSequences {
    /** The sequence is the base character's usual glyph. */
    static final int DEFAULT = -1;
    /** The font does not know the sequence. */
    static final int NONE = 0;

    private static final VariationSequences EMPTY = new VariationSequences(Map.of());

    // key: selector << 21 | base character (both at most 21 bits)
    private final Map<Long, Integer> sequences;

    private VariationSequences(Map<Long, Integer> sequences) {
        this.sequences = sequences;
    }

    static VariationSequences of(TrueTypeFile font) {
        ByteBuffer cmap = font.table("cmap");
        int subtables = TrueTypeFile.u16(cmap, 2);
        for (int i = 0; i < subtables; i++) {
            int record = 4 + 8 * i;
            int offset = (int) TrueTypeFile.u32(cmap, record + 4);
            if (TrueTypeFile.u16(cmap, record) == 0 && TrueTypeFile.u16(cmap, record + 2) == 5
                    && TrueTypeFile.u16(cmap, offset) == 14) {
                return read(cmap, offset);
            }
        }
        return EMPTY;
    }

    private static VariationSequences read(ByteBuffer cmap, int at) {
        Map<Long, Integer> sequences = new HashMap<>();
        int records = (int) TrueTypeFile.u32(cmap, at + 6);
        for (int i = 0; i < records; i++) {
            int record = at + 10 + 11 * i;
            long selector = u24(cmap, record);
            int defaults = (int) TrueTypeFile.u32(cmap, record + 3);
            int own = (int) TrueTypeFile.u32(cmap, record + 7);
            if (defaults != 0) {
                int ranges = (int) TrueTypeFile.u32(cmap, at + defaults);
                for (int r = 0; r < ranges; r++) {
                    int range = at + defaults + 4 + 4 * r;
                    int start = u24(cmap, range);
                    int additional = cmap.get(range + 3) & 0xff;
                    for (int cp = start; cp <= start + additional; cp++) {
                        sequences.put(selector << 21 | cp, DEFAULT);
                    }
                }
            }
            if (own != 0) {
                int mappings = (int) TrueTypeFile.u32(cmap, at + own);
                for (int m = 0; m < mappings; m++) {
                    int mapping = at + own + 4 + 5 * m;
                    sequences.put(selector << 21 | u24(cmap, mapping), TrueTypeFile.u16(cmap, mapping + 3));
                }
            }
        }
        return new VariationSequences(sequences);
    }

    /** The glyph of the sequence, {@link #DEFAULT} for the base character's own glyph, {@link #NONE} when unknown. */
    int glyph(int base, int selector) {
        return sequences.getOrDefault((long) selector << 21 | base, NONE);
    }

    int size() {
        return sequences.size();
    }

    /** Every sequence the font draws with a glyph of its own, as base and selector pairs, in no particular order. */
    Map<Long, Integer> all() {
        return sequences;
    }

    static int base(long key) {
        return (int) (key & 0x1FFFFF);
    }

    static int selector(long key) {
        return (int) (key >>> 21);
    }

    static boolean isSelector(int cp) {
        return cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF;
    }

    private static int u24(ByteBuffer b, int at) {
        return (b.get(at) & 0xff) << 16 | (b.get(at + 1) & 0xff) << 8 | b.get(at + 2) & 0xff;
    }
}
