package jp.kakanai.forms.render;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Finishes a subset TrueType font written by fontbox's {@code TTFSubsetter}, table by table:
 * <ul>
 * <li>a new {@code cmap} mapping exactly the characters used, including those beyond the BMP. fontbox writes
 * a BMP-only table, so 𠮷 (U+20BB7, drawn with IPAmj Mincho) would be lost; and a cmap with only the used
 * characters makes PDFBox's ToUnicode map give back the real text (山, not the Kangxi radical ⼭ that shares
 * its glyph; spec §1). It has a Windows BMP subtable (format 4) and a full-repertoire one (format 12).</li>
 * <li>no hinting instructions in the glyphs: they are about half of IPAex's glyph bytes and only matter for
 * low-resolution screens; printed forms and PDF viewers do without. This keeps a form PDF under 60 KB.</li>
 * </ul>
 */
final class SubsetFontFile {
    private static final long CHECKSUM_MAGIC = 0xB1B0AFBAL;

    private SubsetFontFile() {
    }

    /** @param glyphs code point → glyph id in the subset font */
    static byte[] finish(byte[] font, SortedMap<Integer, Integer> glyphs) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int sfntVersion = in.getInt(0);
        int numTables = in.getShort(4) & 0xffff;
        SortedMap<String, byte[]> tables = new TreeMap<>();
        for (int i = 0; i < numTables; i++) {
            int record = 12 + 16 * i;
            byte[] tag = new byte[4];
            in.get(record, tag);
            int offset = in.getInt(record + 8);
            int length = in.getInt(record + 12);
            byte[] data = new byte[length];
            in.get(offset, data);
            tables.put(new String(tag, java.nio.charset.StandardCharsets.ISO_8859_1), data);
        }
        tables.put("cmap", cmap(glyphs));
        stripInstructions(tables);
        return write(sfntVersion, tables);
    }

    private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
    private static final int WE_HAVE_A_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
    private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;
    private static final int WE_HAVE_INSTRUCTIONS = 0x0100;

    /** Rewrites {@code glyf} and {@code loca} without per-glyph instructions and drops the font-wide programs. */
    private static void stripInstructions(SortedMap<String, byte[]> tables) {
        byte[] head = tables.get("head");
        byte[] loca = tables.get("loca");
        byte[] glyf = tables.get("glyf");
        byte[] maxp = tables.get("maxp");
        if (head == null || loca == null || glyf == null || maxp == null) {
            return;
        }
        boolean longOffsets = ByteBuffer.wrap(head).getShort(50) == 1;
        int numGlyphs = ByteBuffer.wrap(maxp).getShort(4) & 0xffff;
        ByteBuffer locaIn = ByteBuffer.wrap(loca);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(glyf.length);
        int[] offsets = new int[numGlyphs + 1];
        for (int g = 0; g < numGlyphs; g++) {
            int start = longOffsets ? locaIn.getInt(4 * g) : (locaIn.getShort(2 * g) & 0xffff) * 2;
            int end = longOffsets ? locaIn.getInt(4 * g + 4) : (locaIn.getShort(2 * g + 2) & 0xffff) * 2;
            offsets[g] = out.size();
            if (end > start) {
                byte[] glyph = withoutInstructions(ByteBuffer.wrap(glyf, start, end - start).slice());
                out.write(glyph, 0, glyph.length);
                while (out.size() % 4 != 0) {
                    out.write(0);
                }
            }
        }
        offsets[numGlyphs] = out.size();
        ByteBuffer newLoca = ByteBuffer.allocate((numGlyphs + 1) * (longOffsets ? 4 : 2));
        for (int offset : offsets) {
            if (longOffsets) {
                newLoca.putInt(offset);
            } else {
                newLoca.putShort((short) (offset / 2));
            }
        }
        tables.put("glyf", out.toByteArray());
        tables.put("loca", newLoca.array());
        tables.remove("fpgm");
        tables.remove("prep");
        tables.remove("cvt ");
    }

    private static byte[] withoutInstructions(ByteBuffer glyph) {
        short contours = glyph.getShort(0);
        byte[] bytes = new byte[glyph.remaining()];
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
            at += 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
            if ((flags & WE_HAVE_A_SCALE) != 0) {
                at += 2;
            } else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
                at += 4;
            } else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
                at += 8;
            }
        } while ((flags & MORE_COMPONENTS) != 0);
        return java.util.Arrays.copyOf(bytes, at);
    }

    private static byte[] cmap(SortedMap<Integer, Integer> glyphs) {
        byte[] format4 = format4(glyphs.headMap(0x10000));
        byte[] format12 = format12(glyphs);
        ByteBuffer out = ByteBuffer.allocate(4 + 2 * 8 + format4.length + format12.length);
        out.putShort((short) 0).putShort((short) 2);
        out.putShort((short) 3).putShort((short) 1).putInt(4 + 16);
        out.putShort((short) 3).putShort((short) 10).putInt(4 + 16 + format4.length);
        out.put(format4).put(format12);
        return out.array();
    }

    /** One segment per character plus the closing 0xFFFF segment; a few hundred characters keep it small. */
    private static byte[] format4(Map<Integer, Integer> bmp) {
        List<int[]> segments = new ArrayList<>();
        bmp.forEach((cp, gid) -> {
            if (cp != 0xFFFF) {
                segments.add(new int[] {cp, gid});
            }
        });
        segments.add(new int[] {0xFFFF, 0});
        int segCount = segments.size();
        int length = 16 + segCount * 8;
        ByteBuffer out = ByteBuffer.allocate(length);
        int searchRange = 2 * Integer.highestOneBit(segCount);
        out.putShort((short) 4).putShort((short) length).putShort((short) 0);
        out.putShort((short) (segCount * 2)).putShort((short) searchRange)
                .putShort((short) (Integer.numberOfTrailingZeros(searchRange / 2))).putShort((short) (segCount * 2 - searchRange));
        segments.forEach(s -> out.putShort((short) s[0]));
        out.putShort((short) 0);
        segments.forEach(s -> out.putShort((short) s[0]));
        segments.forEach(s -> out.putShort((short) (s[0] == 0xFFFF ? 1 : s[1] - s[0])));
        segments.forEach(s -> out.putShort((short) 0));
        return out.array();
    }

    private static byte[] format12(Map<Integer, Integer> all) {
        ByteBuffer out = ByteBuffer.allocate(16 + all.size() * 12);
        out.putShort((short) 12).putShort((short) 0).putInt(16 + all.size() * 12).putInt(0).putInt(all.size());
        all.forEach((cp, gid) -> out.putInt(cp).putInt(cp).putInt(gid));
        return out.array();
    }

    private static byte[] write(int sfntVersion, SortedMap<String, byte[]> tables) {
        int numTables = tables.size();
        int size = 12 + 16 * numTables;
        for (byte[] t : tables.values()) {
            size += padded(t.length);
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int searchRange = 16 * Integer.highestOneBit(numTables);
        out.putInt(sfntVersion).putShort((short) numTables).putShort((short) searchRange)
                .putShort((short) Integer.numberOfTrailingZeros(searchRange / 16)).putShort((short) (numTables * 16 - searchRange));
        int offset = 12 + 16 * numTables;
        int headOffset = -1;
        for (Map.Entry<String, byte[]> table : tables.entrySet()) {
            byte[] data = table.getValue();
            if (table.getKey().equals("head")) {
                headOffset = offset;
                ByteBuffer.wrap(data).putInt(8, 0); // checkSumAdjustment is computed over the whole file below
            }
            out.put(table.getKey().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                    .putInt((int) checksum(data, 0, data.length)).putInt(offset).putInt(data.length);
            out.put(offset, data);
            offset += padded(data.length);
        }
        byte[] file = out.array();
        if (headOffset >= 0) {
            ByteBuffer.wrap(file).putInt(headOffset + 8, (int) (CHECKSUM_MAGIC - checksum(file, 0, file.length)));
        }
        return file;
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }

    private static long checksum(byte[] data, int from, int length) {
        long sum = 0;
        for (int i = from; i < from + length; i += 4) {
            long word = 0;
            for (int b = 0; b < 4; b++) {
                word = (word << 8) | (i + b < from + length ? data[i + b] & 0xff : 0);
            }
            sum = (sum + word) & 0xffffffffL;
        }
        return sum;
    }
}
