package jp.kakanai.forms.render;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The benchmark's baseline: fonts as PDFBox's examples embed them, each document loading every font file it uses
 * with {@code PDType0Font.load(doc, file)} and PDFBox subsetting it when the document is saved.
 */
final class PdfBoxFonts implements PdfAssembler.DocumentFonts {
    private final PDDocument doc;
    private final COSDictionary resources = new COSDictionary();
    private final Map<ParsedFont, PDType0Font> fonts = new IdentityHashMap<>();
    private final Map<ParsedFont, String> names = new IdentityHashMap<>();

    PdfBoxFonts(PDDocument doc) {
        this.doc = doc;
    }

    @Override
    public String resource(ParsedFont font) throws IOException {
        String name = names.get(font);
        if (name == null) {
            PDType0Font loaded = PDType0Font.load(doc, font.path().toFile());
            name = "F" + (names.size() + 1);
            names.put(font, name);
            fonts.put(font, loaded);
            resources.setItem(COSName.getPDFName(name), loaded.getCOSObject());
        }
        return name;
    }

    @Override
    public void codes(ContentStream out, PageSketch.Run run) throws IOException {
        PDType0Font font = fonts.get(run.font());
        String text = run.text();
        text.codePoints().forEach(font::addToSubset);
        out.codes(font.encode(text));
    }

    @Override
    public COSDictionary resources() {
        return resources;
    }

    /** What {@code PDPageContentStream} has PDFBox do when the document is saved: each font becomes a subset. */
    @Override
    public void finish() throws IOException {
        for (PDType0Font font : fonts.values()) {
            if (font.willBeSubset()) {
                font.subset();
            }
        }
    }
}
