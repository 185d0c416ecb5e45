package jp.kakanai.forms.render;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A font's Unicode character → glyph map, from its {@code cmap} table: the full-repertoire subtable (format 12)
 * when it has one, else the BMP subtable (format 4). The BMP is an array, since shaping asks for every character of
 * every value; characters beyond it are found in the format-12 groups.
 */
final class CharacterMap {
    private final int[] bmp = new int[0x10000];
    private int[] starts = new int[0];
    private int[] ends = new int[0];
    private int[] firstGlyphs = new int[0];

    private CharacterMap() {
    }

    static CharacterMap of(TrueTypeFile font) throws IOException {
        ByteBuffer cmap = font.table("cmap");
        int full = -1;
        int bmp = -1;
        int subtables = TrueTypeFile.u16(cmap, 2);
        for (int i = 0; i < subtables; i++) {
            int record = 4 + 8 * i;
            int platform = TrueTypeFile.u16(cmap, record);
            int encoding = TrueTypeFile.u16(cmap, record + 2);
            int offset = (int) TrueTypeFile.u32(cmap, record + 4);
            int format = TrueTypeFile.u16(cmap, offset);
            boolean unicode = platform == 0 || platform == 3 && (encoding == 1 || encoding == 10);
            if (unicode && format == 12 && full < 0) {
                full = offset;
            } else if (unicode && format == 4 && bmp < 0) {
                bmp = offset;
            }
        }
        CharacterMap map = new CharacterMap();
        if (full >= 0) {
            map.readFormat12(cmap, full);
        } else if (bmp >= 0) {
            map.readFormat4(cmap, bmp);
        } else {
            throw new IOException("no Unicode character map (cmap format 4 or 12)");
        }
        return map;
    }

    /** The glyph of the character, 0 (.notdef) when the font lacks it. */
    int glyph(int codePoint) {
        if (codePoint < 0x10000) {
            return codePoint >= 0 ? bmp[codePoint] : 0;
        }
        int group = Arrays.binarySearch(starts, codePoint);
        if (group < 0) {
            group = -group - 2;
        }
        return group >= 0 && codePoint <= ends[group] ? firstGlyphs[group] + codePoint - starts[group] : 0;
    }

    private void readFormat12(ByteBuffer cmap, int at) {
        int groups = (int) TrueTypeFile.u32(cmap, at + 12);
        int supplementary = 0;
        int[] s = new int[groups];
        int[] e = new int[groups];
        int[] g = new int[groups];
        for (int i = 0; i < groups; i++) {
            int group = at + 16 + 12 * i;
            int start = (int) TrueTypeFile.u32(cmap, group);
            int end = (int) TrueTypeFile.u32(cmap, group + 4);
            int glyph = (int) TrueTypeFile.u32(cmap, group + 8);
            for (int cp = start; cp <= Math.min(end, 0xFFFF); cp++) {
                bmp[cp] = glyph + cp - start;
            }
            if (end >= 0x10000) {
                int from = Math.max(start, 0x10000);
                s[supplementary] = from;
                e[supplementary] = end;
                g[supplementary] = glyph + from - start;
                supplementary++;
            }
        }
        starts = Arrays.copyOf(s, supplementary);
        ends = Arrays.copyOf(e, supplementary);
        firstGlyphs = Arrays.copyOf(g, supplementary);
    }

    private void readFormat4(ByteBuffer cmap, int at) {
        int segments = TrueTypeFile.u16(cmap, at + 6) / 2;
        int endCodes = at + 14;
        int startCodes = endCodes + 2 * segments + 2;
        int deltas = startCodes + 2 * segments;
        int rangeOffsets = deltas + 2 * segments;
        for (int i = 0; i < segments; i++) {
            int end = TrueTypeFile.u16(cmap, endCodes + 2 * i);
            int start = TrueTypeFile.u16(cmap, startCodes + 2 * i);
            int delta = cmap.getShort(deltas + 2 * i);
            int rangeOffset = TrueTypeFile.u16(cmap, rangeOffsets + 2 * i);
            for (int cp = start; cp <= end && cp != 0xFFFF; cp++) {
                int glyph;
                if (rangeOffset == 0) {
                    glyph = (cp + delta) & 0xffff;
                } else {
                    int address = rangeOffsets + 2 * i + rangeOffset + 2 * (cp - start);
                    glyph = address + 1 < cmap.limit() ? TrueTypeFile.u16(cmap, address) : 0;
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xffff;
                }
                bmp[cp] = glyph;
            }
        }
    }
}
