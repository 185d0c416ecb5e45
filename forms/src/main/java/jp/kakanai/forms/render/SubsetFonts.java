package jp.kakanai.forms.render;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The renderer's own fonts of one document: a {@link FontSubset} per font drawn, each written at the end as a
 * Type 0 font ({@link Type0Fonts}) with exactly the glyphs the pages use.
 */
final class SubsetFonts implements PdfAssembler.DocumentFonts {
    private final PDDocument doc;
    private final COSDictionary resources = new COSDictionary();
    private final Map<ParsedFont, FontSubset> subsets = new IdentityHashMap<>();
    private final Map<ParsedFont, String> names = new IdentityHashMap<>();
    private final Map<ParsedFont, COSDictionary> dictionaries = new IdentityHashMap<>();
    private int[] codes = new int[64];

    /** @param doc the document the fonts go into; null for a {@link FixedLayer}, which is put into documents later */
    SubsetFonts(PDDocument doc) {
        this.doc = doc;
    }

    @Override
    public String resource(ParsedFont font) {
        return names.computeIfAbsent(font, f -> {
            String name = "F" + (names.size() + 1);
            COSDictionary type0 = new COSDictionary();
            resources.setItem(COSName.getPDFName(name), type0);
            dictionaries.put(f, type0);
            subsets.put(f, new FontSubset(f));
            return name;
        });
    }

    @Override
    public void codes(ContentStream out, PageSketch.Run run) {
        FontSubset subset = subsets.get(run.font());
        if (codes.length < run.glyphs().size()) {
            codes = new int[2 * run.glyphs().size()];
        }
        int n = 0;
        for (Glyph glyph : run.glyphs()) {
            codes[n++] = subset.cid(glyph);
        }
        out.codes(codes, n);
    }

    @Override
    public COSDictionary resources() {
        return resources;
    }

    /** The subsets by resource name, for a layer made once and put into many documents. */
    java.util.Map<String, EmbeddableFont> embeddables(boolean small) {
        java.util.Map<String, EmbeddableFont> all = new java.util.LinkedHashMap<>();
        subsets.forEach((font, subset) -> all.put(names.get(font), subset.embeddable(small)));
        return all;
    }

    @Override
    public void finish() throws IOException {
        for (Map.Entry<ParsedFont, FontSubset> subset : subsets.entrySet()) {
            Type0Fonts.fill(dictionaries.get(subset.getKey()), subset.getValue().embeddable(false), doc);
        }
    }
}
