package jp.kakanai.forms.render;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A TrueType font file held in memory, read table by table (OpenType spec, "Table directory"). The renderer
 * reads and subsets its fonts itself rather than through fontbox: fontbox's {@code TTFSubsetter} writes a
 * BMP-only {@code cmap} and fails on a subset that mixes 𠮟 (U+20B9F) with other characters, and fontbox ignores
 * the variation sequences of {@code cmap} format 14.
 */
final class TrueTypeFile {
    private static final int TRUETYPE = 0x00010000;
    private static final int TRUE = 0x74727565; // 'true', old Apple TrueType

    private final ByteBuffer bytes;
    private final Map<String, ByteBuffer> tables;

    private TrueTypeFile(ByteBuffer bytes, Map<String, ByteBuffer> tables) {
        this.bytes = bytes;
        this.tables = tables;
    }

    /** @throws IOException when the bytes are not a TrueType font with {@code glyf} outlines */
    static TrueTypeFile of(byte[] file) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(file).asReadOnlyBuffer();
        if (file.length < 12) {
            throw new IOException("not a font file");
        }
        int version = in.getInt(0);
        if (version == 0x74746366) { // 'ttcf'
            throw new IOException("a font collection (.ttc); configure a single TrueType font (.ttf)");
        }
        if (version == 0x4F54544F) { // 'OTTO'
            throw new IOException("CFF (PostScript) outlines; the renderer embeds TrueType outlines only");
        }
        if (version != TRUETYPE && version != TRUE) {
            throw new IOException("not a TrueType font");
        }
        int numTables = in.getShort(4) & 0xffff;
        Map<String, ByteBuffer> tables = new LinkedHashMap<>();
        for (int i = 0; i < numTables; i++) {
            int record = 12 + 16 * i;
            if (record + 16 > file.length) {
                throw new IOException("table directory cut short");
            }
            byte[] tag = new byte[4];
            in.get(record, tag);
            int offset = in.getInt(record + 8);
            int length = in.getInt(record + 12);
            if (offset < 0 || length < 0 || (long) offset + length > file.length) {
                throw new IOException("table " + new String(tag, StandardCharsets.ISO_8859_1) + " lies outside the file");
            }
            tables.put(new String(tag, StandardCharsets.ISO_8859_1), in.slice(offset, length));
        }
        for (String required : new String[] {"head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap"}) {
            if (!tables.containsKey(required)) {
                throw new IOException("no '" + required + "' table" + (required.equals("glyf") ? " (not TrueType outlines)" : ""));
            }
        }
        return new TrueTypeFile(in, tables);
    }

    /** The table, positioned at 0 (a view: read with absolute gets only). */
    ByteBuffer table(String tag) {
        return tables.get(tag);
    }

    Optional<ByteBuffer> optionalTable(String tag) {
        return Optional.ofNullable(tables.get(tag));
    }

    /** A copy of a table's bytes, for writing it into a subset unchanged. */
    Optional<byte[]> tableBytes(String tag) {
        return optionalTable(tag).map(t -> {
            byte[] copy = new byte[t.limit()];
            t.get(0, copy);
            return copy;
        });
    }

    int sfntVersion() {
        return bytes.getInt(0);
    }

    static int u16(ByteBuffer b, int at) {
        return b.getShort(at) & 0xffff;
    }

    static long u32(ByteBuffer b, int at) {
        return b.getInt(at) & 0xffffffffL;
    }
}
