package jp.kakanai.forms.render;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Replaces the {@code cmap} table of a subset TrueType font with one that maps exactly the characters used,
 * including those beyond the BMP. fontbox's subsetter writes a BMP-only table, so 𠮷 (U+20BB7, drawn with
 * IPAmj Mincho) would be lost; and a cmap with only the used characters makes PDFBox's ToUnicode map give
 * back the real text (山, not the Kangxi radical ⼭ that shares its glyph; spec §1).
 * The table has a Windows BMP subtable (format 4) and a Windows full-repertoire subtable (format 12).
 */
final class UnicodeCmap {
    private static final long CHECKSUM_MAGIC = 0xB1B0AFBAL;

    private UnicodeCmap() {
    }

    /** @param glyphs code point → glyph id in the subset font */
    static byte[] replaceCmap(byte[] font, SortedMap<Integer, Integer> glyphs) {
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
        return write(sfntVersion, tables);
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
