package jp.kakanai.forms.render;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes a subset TrueType font program for a PDF's {@code FontFile2}: the chosen glyphs of a {@link ParsedFont},
 * numbered 1, 2, … in the order given (glyph 0 stays .notdef), so that a CIDFontType2 with
 * {@code CIDToGIDMap /Identity} draws CID n with glyph n. It has no {@code cmap}: ISO 32000-1 §9.9 says a TrueType
 * program used by a CIDFont needs none, as the PDF maps codes to glyphs itself; text is read back through the
 * ToUnicode map the renderer writes. Without a cmap there is no BMP limit either (fontbox's subsetter writes a
 * BMP-only cmap and fails on 𠮟 U+20B9F mixed with other characters). No hinting: {@code fpgm}, {@code prep},
 * {@code cvt} and the glyphs' instructions are left out (see {@link GlyphOutlines}).
 */
final class SubsetFontFile {
    private static final long CHECKSUM_MAGIC = 0xB1B0AFBAL;

    private SubsetFontFile() {
    }

    /**
     * @param glyphs the original glyph ids, in the subset's order from glyph 1; a glyph may appear twice (a copy,
     *               so that two characters drawn alike read back as themselves); composite glyphs' components are
     *               added after them
     */
    static byte[] write(ParsedFont font, int[] glyphs) {
        GlyphOutlines outlines = font.outlines();
        int[] order = withComponents(outlines, glyphs);
        Map<Integer, Integer> newGid = new HashMap<>();
        for (int i = order.length - 1; i >= 0; i--) {
            newGid.put(order[i], i); // the first place of a glyph listed twice is the one components point at
        }
        int n = order.length;
        TrueTypeFile file = font.file();
        SortedMap<String, byte[]> tables = new TreeMap<>();

        int[] offsets = new int[n + 1];
        int size = 0;
        byte[][] glyphBytes = new byte[n][];
        for (int i = 0; i < n; i++) {
            glyphBytes[i] = outlines.renumbered(order[i], newGid::get);
            offsets[i] = size;
            size += padded(glyphBytes[i].length);
        }
        offsets[n] = size;
        ByteBuffer glyf = ByteBuffer.allocate(size);
        for (int i = 0; i < n; i++) {
            glyf.put(offsets[i], glyphBytes[i]);
        }
        ByteBuffer loca = ByteBuffer.allocate(4 * (n + 1));
        for (int offset : offsets) {
            loca.putInt(offset);
        }
        tables.put("glyf", glyf.array());
        tables.put("loca", loca.array());
        tables.put("hmtx", hmtx(file, order));

        byte[] head = file.tableBytes("head").orElseThrow();
        ByteBuffer.wrap(head).putShort(50, (short) 1); // long loca offsets
        tables.put("head", head);
        byte[] hhea = file.tableBytes("hhea").orElseThrow();
        ByteBuffer.wrap(hhea).putShort(34, (short) n);
        tables.put("hhea", hhea);
        byte[] maxp = file.tableBytes("maxp").orElseThrow();
        ByteBuffer.wrap(maxp).putShort(4, (short) n);
        tables.put("maxp", maxp);
        file.tableBytes("OS/2").ifPresent(t -> tables.put("OS/2", t));
        file.tableBytes("name").ifPresent(t -> tables.put("name", t)); // the font's name and its licence notice
        post(file).ifPresent(t -> tables.put("post", t));
        return write(file.sfntVersion(), tables);
    }

    /** The glyphs, glyph 0 first, then every component of a composite glyph not listed yet. */
    private static int[] withComponents(GlyphOutlines outlines, int[] glyphs) {
        List<Integer> order = new ArrayList<>(glyphs.length + 1);
        Set<Integer> listed = new HashSet<>();
        order.add(0);
        listed.add(0);
        for (int gid : glyphs) {
            order.add(gid);
            listed.add(gid);
        }
        for (int i = 1; i < order.size(); i++) {
            for (int component : outlines.components(order.get(i))) {
                if (component < outlines.count() && listed.add(component)) {
                    order.add(component);
                }
            }
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Advance width and left side bearing of each glyph of the subset, from the font's {@code hmtx}. */
    private static byte[] hmtx(TrueTypeFile file, int[] order) {
        ByteBuffer in = file.table("hmtx");
        int metrics = Math.max(1, TrueTypeFile.u16(file.table("hhea"), 34));
        ByteBuffer out = ByteBuffer.allocate(4 * order.length);
        for (int gid : order) {
            int advance = TrueTypeFile.u16(in, 4 * Math.min(gid, metrics - 1));
            int lsbAt = gid < metrics ? 4 * gid + 2 : 4 * metrics + 2 * (gid - metrics);
            short lsb = lsbAt + 2 <= in.limit() ? in.getShort(lsbAt) : 0;
            out.putShort((short) advance).putShort(lsb);
        }
        return out.array();
    }

    /** A {@code post} table of version 3: the font's header without glyph names, which a PDF does not need. */
    private static Optional<byte[]> post(TrueTypeFile file) {
        return file.optionalTable("post").filter(p -> p.limit() >= 32).map(p -> {
            byte[] header = new byte[32];
            p.get(0, header);
            ByteBuffer.wrap(header).putInt(0, 0x00030000);
            return header;
        });
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
            out.put(table.getKey().getBytes(StandardCharsets.ISO_8859_1))
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
        int end = from + length;
        int i = from;
        for (; i + 4 <= end; i += 4) {
            sum += (data[i] & 0xffL) << 24 | (data[i + 1] & 0xff) << 16 | (data[i + 2] & 0xff) << 8 | data[i + 3] & 0xff;
        }
        long word = 0;
        for (int b = 0; b < 4; b++) {
            word = (word << 8) | (i + b < end ? data[i + b] & 0xff : 0);
        }
        return (sum + (i < end ? word : 0)) & 0xffffffffL;
    }
}
