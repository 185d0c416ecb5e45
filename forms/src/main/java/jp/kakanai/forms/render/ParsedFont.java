package jp.kakanai.forms.render;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A TrueType font read once and shared by every render and thread (spec §1: parsing per document costs ~20 ms
 * more): its character map, variation sequences, advance widths, the metrics a PDF font descriptor gives, and its
 * outlines for subsetting. Everything is read at load; afterwards the font is only read (outlines keep their
 * stripped bytes in an atomic array), so sharing it needs no lock. {@code FormRendererConcurrencyTest} checks this.
 */
final class ParsedFont {
    private final String name;
    private final Path path;
    private final TrueTypeFile file;
    private final CharacterMap characters;
    private final VariationSequences sequences;
    private final float[] advances;
    private final GlyphOutlines outlines;
    private final Metrics metrics;

    /** What a PDF font descriptor says about the font (ISO 32000 §9.8), in glyph space units of 1/1000 em. */
    record Metrics(float[] bbox, float ascent, float descent, float capHeight, float italicAngle, float stemV, boolean fixedPitch) {
    }

    private ParsedFont(String name, Path path, TrueTypeFile file) throws IOException {
        this.name = name;
        this.path = path;
        this.file = file;
        this.characters = CharacterMap.of(file);
        this.sequences = VariationSequences.of(file);
        ByteBuffer head = file.table("head");
        float unitsPerEm = TrueTypeFile.u16(head, 18);
        int numGlyphs = TrueTypeFile.u16(file.table("maxp"), 4);
        this.outlines = new GlyphOutlines(file, numGlyphs);
        ByteBuffer hmtx = file.table("hmtx");
        int metricsCount = Math.max(1, Math.min(numGlyphs, TrueTypeFile.u16(file.table("hhea"), 34)));
        this.advances = new float[numGlyphs];
        for (int gid = 0; gid < numGlyphs; gid++) {
            advances[gid] = TrueTypeFile.u16(hmtx, 4 * Math.min(gid, metricsCount - 1)) / unitsPerEm;
        }
        this.metrics = metrics(file, unitsPerEm);
    }

    /**
     * @throws FontUnavailableException when the file is missing or not a TrueType font the renderer can embed
     */
    static ParsedFont load(String fontName, Path path, String debianPackage) {
        if (!Files.isReadable(path)) {
            throw new FontUnavailableException(fontName, path, debianPackage, null);
        }
        try {
            TrueTypeFile file = TrueTypeFile.of(Files.readAllBytes(path));
            return new ParsedFont(postScriptName(file).orElse(fontName.replace(" ", "")), path, file);
        } catch (IOException | RuntimeException e) {
            throw new FontUnavailableException(fontName, path, debianPackage, e);
        }
    }

    /** The PostScript name, e.g. {@code IPAexGothic}: a PDF names the embedded font by it. */
    String name() {
        return name;
    }

    Path path() {
        return path;
    }

    TrueTypeFile file() {
        return file;
    }

    GlyphOutlines outlines() {
        return outlines;
    }

    Metrics metrics() {
        return metrics;
    }

    boolean has(int codePoint) {
        return glyph(codePoint) > 0;
    }

    /** The glyph of a character; 0 when the font lacks it. */
    int glyph(int codePoint) {
        return characters.glyph(codePoint);
    }

    /**
     * The glyph of an ideographic variation sequence: its own glyph, the base character's glyph when the sequence
     * is that one (a default sequence), or 0 when the font does not know the sequence.
     */
    int variant(int base, int selector) {
        int variant = sequences.glyph(base, selector);
        return variant == VariationSequences.DEFAULT ? glyph(base) : variant;
    }

    VariationSequences sequences() {
        return sequences;
    }

    /** Advance width of the glyph at a type size of 1 (a fraction of the em). */
    float advance(int gid) {
        return gid < advances.length ? advances[gid] : 0;
    }

    @Override
    public String toString() {
        return name;
    }

    private static Metrics metrics(TrueTypeFile file, float unitsPerEm) {
        ByteBuffer head = file.table("head");
        ByteBuffer hhea = file.table("hhea");
        float scale = 1000f / unitsPerEm;
        float[] bbox = {head.getShort(36) * scale, head.getShort(38) * scale, head.getShort(40) * scale, head.getShort(42) * scale};
        float ascent = hhea.getShort(4) * scale;
        float descent = hhea.getShort(6) * scale;
        float capHeight = ascent;
        float stemV = 80;
        var os2 = file.optionalTable("OS/2");
        if (os2.isPresent()) {
            ByteBuffer t = os2.get();
            int weight = TrueTypeFile.u16(t, 4);
            stemV = 10 + 220 * Math.max(0, weight - 50) / 900f; // the usual estimate; PDF viewers barely use it
            if (TrueTypeFile.u16(t, 0) >= 2 && t.limit() >= 90) {
                capHeight = t.getShort(88) * scale;
            }
        }
        var post = file.optionalTable("post");
        float italicAngle = post.map(p -> p.getInt(4) / 65536f).orElse(0f);
        boolean fixedPitch = post.map(p -> p.limit() >= 16 && p.getInt(12) != 0).orElse(false);
        return new Metrics(bbox, ascent, descent, capHeight, italicAngle, stemV, fixedPitch);
    }

    private static java.util.Optional<String> postScriptName(TrueTypeFile file) {
        return file.optionalTable("name").flatMap(names -> {
            int count = TrueTypeFile.u16(names, 2);
            int strings = TrueTypeFile.u16(names, 4);
            String mac = null;
            for (int i = 0; i < count; i++) {
                int record = 6 + 12 * i;
                if (TrueTypeFile.u16(names, record + 6) != 6) {
                    continue;
                }
                int platform = TrueTypeFile.u16(names, record);
                int length = TrueTypeFile.u16(names, record + 8);
                int offset = strings + TrueTypeFile.u16(names, record + 10);
                byte[] raw = new byte[length];
                names.get(offset, raw);
                if (platform == 3) {
                    return java.util.Optional.of(new String(raw, StandardCharsets.UTF_16BE));
                }
                if (platform == 1) {
                    mac = new String(raw, StandardCharsets.ISO_8859_1);
                }
            }
            return java.util.Optional.ofNullable(mac);
        }).map(n -> n.replaceAll("[^!-~]|[()<>\\[\\]{}/%#]", "")).filter(n -> !n.isEmpty());
    }
}
