package jp.kakanai.forms.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * A TrueType font parsed once and shared by every render and thread (spec §1: parsing per document costs
 * ~20 ms more). Sharing is safe because every table is read eagerly here: afterwards the font is only read,
 * and fontbox synchronises the reads of glyph data ({@code GlyphTable.getGlyph}, {@code getTableBytes}) while
 * {@code getOriginalData()} hands each subsetter its own stream over the in-memory file.
 * {@code FormRendererConcurrencyTest} checks this under load.
 */
final class ParsedFont {
    // Tables a PDF's embedded TrueType needs; no GSUB or vertical tables (horizontal text only), no hinting.
    private static final List<String> SUBSET_TABLES = List.of(
            "head", "hhea", "loca", "maxp", "glyf", "hmtx", "OS/2", "name", "post", "cmap");

    private final TrueTypeFont ttf;
    private final CmapLookup cmap;
    // BMP glyph ids and all advance widths in arrays: shaping asks for every character of every value, and
    // fontbox's boxed cmap lookups were a tenth of a render's time.
    private final int[] bmpGlyphs = new int[0x10000];
    private final float[] advances;

    private ParsedFont(TrueTypeFont ttf) throws IOException {
        this.ttf = ttf;
        this.cmap = ttf.getUnicodeCmapLookup();
        float unitsPerEm = ttf.getUnitsPerEm();
        for (int cp = 0; cp < bmpGlyphs.length; cp++) {
            bmpGlyphs[cp] = cmap.getGlyphId(cp);
        }
        advances = new float[ttf.getNumberOfGlyphs()];
        for (int gid = 0; gid < advances.length; gid++) {
            advances[gid] = ttf.getAdvanceWidth(gid) / unitsPerEm;
        }
        ttf.getHeader();
        ttf.getHorizontalHeader();
        ttf.getMaximumProfile();
        ttf.getHorizontalMetrics();
        ttf.getIndexToLocation();
        ttf.getGlyph();
        ttf.getNaming();
        ttf.getPostScript();
        ttf.getOS2Windows();
        ttf.getName();
    }

    static ParsedFont load(String fontName, Path path, String debianPackage) {
        if (!Files.isReadable(path)) {
            throw new FontUnavailableException(fontName, path, debianPackage, null);
        }
        try {
            return new ParsedFont(new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile())));
        } catch (IOException | RuntimeException e) {
            throw new FontUnavailableException(fontName, path, debianPackage, e);
        }
    }

    boolean has(int codePoint) {
        return glyph(codePoint) > 0;
    }

    /** Advance width of the character at a type size of 1 (a fraction of the em). */
    float advance(int codePoint) {
        int gid = glyph(codePoint);
        return gid < advances.length ? advances[gid] : 0;
    }

    private int glyph(int codePoint) {
        return codePoint < bmpGlyphs.length ? bmpGlyphs[codePoint] : cmap.getGlyphId(codePoint);
    }

    /**
     * A TrueType font with only these characters, and a cmap with only these characters (see {@link SubsetFontFile}).
     *
     * @param tag the six capital letters and {@code +} that mark a subset font's name
     */
    byte[] subset(SortedSet<Integer> codePoints, String tag) {
        try {
            TTFSubsetter subsetter = new TTFSubsetter(ttf, SUBSET_TABLES);
            subsetter.setPrefix(tag);
            codePoints.forEach(subsetter::add);
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            subsetter.writeToStream(out);
            Map<Integer, Integer> newGidByOld = new HashMap<>();
            subsetter.getGIDMap().forEach((newGid, oldGid) -> newGidByOld.put(oldGid, newGid));
            SortedMap<Integer, Integer> glyphs = new TreeMap<>();
            for (int cp : codePoints) {
                Integer gid = newGidByOld.get(glyph(cp));
                if (gid != null && gid > 0) {
                    glyphs.put(cp, gid);
                }
            }
            return SubsetFontFile.finish(out.toByteArray(), glyphs);
        } catch (IOException e) {
            throw new IllegalStateException("cannot subset font " + ttf, e);
        }
    }
}
