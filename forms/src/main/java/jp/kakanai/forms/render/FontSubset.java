package jp.kakanai.forms.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The glyphs of one font that one PDF draws, numbered as the PDF's character ids (CIDs) from 1 in the order first
 * drawn. A CID stands for a glyph <em>and</em> the text it reads back as: IPAex draws the Kangxi radical ⼭ and 山 with
 * one glyph, so 山 gets a CID of its own (a copy of the glyph in the subset) and copying the PDF's text gives 山, not
 * ⼭ as PDFBox's own ToUnicode map did (spec §1). Not thread-safe: one per document.
 */
final class FontSubset {
    private record Drawn(int gid, String text) {
    }

    private final ParsedFont font;
    private final Map<Drawn, Integer> cids = new HashMap<>();
    private final List<Drawn> byCid = new ArrayList<>();

    FontSubset(ParsedFont font) {
        this.font = font;
    }

    ParsedFont font() {
        return font;
    }

    /** The glyph's CID in this subset, given the next free one when it is new. */
    int cid(Glyph glyph) {
        return cids.computeIfAbsent(new Drawn(glyph.gid(), glyph.text()), d -> {
            byCid.add(d);
            return byCid.size();
        });
    }

    boolean isEmpty() {
        return byCid.isEmpty();
    }

    /**
     * The subset as a PDF embeds it: font program, widths and ToUnicode map, named with the subset's tag.
     *
     * @param small compressed as small as Flate goes (for a subset made once), else as fast
     */
    EmbeddableFont embeddable(boolean small) {
        int[] glyphs = new int[byCid.size()];
        int[] widths = new int[byCid.size()];
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < glyphs.length; i++) {
            glyphs[i] = byCid.get(i).gid();
            widths[i] = Math.round(font.advance(glyphs[i]) * 1000);
            content.append(glyphs[i]).append(byCid.get(i).text());
        }
        byte[] program = SubsetFontFile.write(font, glyphs);
        return new EmbeddableFont(subsetTag(content) + font.name(), font.metrics(), widths,
                small ? Deflate.small(program) : Deflate.fast(program), program.length,
                small ? Deflate.small(toUnicode()) : Deflate.fast(toUnicode()));
    }

    /** Six capital letters from the subset's contents, as PDF requires for a subset font's name (ISO 32000 §9.6.4). */
    static String subsetTag(CharSequence content) {
        long hash = content.toString().hashCode() & 0xffffffffL;
        StringBuilder tag = new StringBuilder(7);
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + hash % 26));
            hash /= 26;
        }
        return tag.append('+').toString();
    }

    /** The ToUnicode CMap (ISO 32000 §9.10.3): each CID to its text in UTF-16BE, at most 100 per block. */
    private byte[] toUnicode() {
        StringBuilder cmap = new StringBuilder(64 * byCid.size() + 400);
        cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (int start = 0; start < byCid.size(); start += 100) {
            int end = Math.min(byCid.size(), start + 100);
            cmap.append(end - start).append(" beginbfchar\n");
            for (int i = start; i < end; i++) {
                cmap.append('<');
                ContentStream.hex4(cmap, i + 1);
                cmap.append("> <");
                String text = byCid.get(i).text();
                for (int c = 0; c < text.length(); c++) {
                    ContentStream.hex4(cmap, text.charAt(c));
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return cmap.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
