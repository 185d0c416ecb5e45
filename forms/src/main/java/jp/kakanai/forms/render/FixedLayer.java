package jp.kakanai.forms.render;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import jp.kakanai.forms.definition.FormDefinition;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * What a form prints the same on every page — frames, shading, rules, its captions — drawn once, with font subsets
 * of its own, into a finished content stream, and put into each PDF as a Form XObject (ISO 32000 §8.10) that the
 * page draws before the data. A render then shapes, subsets and compresses only what the data adds (measured in
 * docs/forms.md: the fixed part was most of a render's text and about half its font glyphs).
 */
final class FixedLayer {
    private final byte[] content;
    private final Map<String, EmbeddableFont> fonts;
    private final List<Placeholder> placeholders;

    private FixedLayer(byte[] content, Map<String, EmbeddableFont> fonts, List<Placeholder> placeholders) {
        this.content = content;
        this.fonts = fonts;
        this.placeholders = List.copyOf(placeholders);
    }

    /** The fixed marks of a page of the form, as drawn by the painter. */
    static FixedLayer of(PageSketch page) {
        try {
            SubsetFonts fonts = new SubsetFonts(null);
            ContentStream out = new ContentStream();
            for (PageSketch.Mark mark : page.fixed().marks()) {
                PdfAssembler.draw(out, mark, fonts);
            }
            return new FixedLayer(out.deflatedSmall(), fonts.embeddables(true), page.fixedPlaceholders());
        } catch (IOException e) {
            throw new IllegalStateException("cannot draw a form's fixed layer", e);
        }
    }

    /** Characters of the form's own text that no font has, reported with every print of the form. */
    List<Placeholder> placeholders() {
        return placeholders;
    }

    /** The layer as a Form XObject of this document, with its fonts. */
    COSStream formXObject(PDDocument doc) throws IOException {
        COSStream form = PdfAssembler.flateStream(doc, content);
        form.setItem(COSName.TYPE, COSName.XOBJECT);
        form.setItem(COSName.SUBTYPE, COSName.FORM);
        COSArray bbox = new COSArray();
        bbox.add(COSInteger.ZERO);
        bbox.add(COSInteger.ZERO);
        bbox.add(new COSFloat(PDRectangle.A4.getWidth()));
        bbox.add(new COSFloat(PDRectangle.A4.getHeight()));
        form.setItem(COSName.BBOX, bbox);
        COSDictionary fontResources = new COSDictionary();
        for (Map.Entry<String, EmbeddableFont> font : fonts.entrySet()) {
            COSDictionary type0 = new COSDictionary();
            Type0Fonts.fill(type0, font.getValue(), doc);
            fontResources.setItem(COSName.getPDFName(font.getKey()), type0);
        }
        COSDictionary resources = new COSDictionary();
        resources.setItem(COSName.FONT, fontResources);
        form.setItem(COSName.RESOURCES, resources);
        return form;
    }

    /** The fixed layers of a catalog's forms, each made at the form's first print. */
    static final class Cache {
        private final ConcurrentMap<FormDefinition, FixedLayer> layers = new ConcurrentHashMap<>();

        java.util.Optional<FixedLayer> of(FormDefinition form) {
            return java.util.Optional.ofNullable(layers.get(form));
        }

        FixedLayer remember(FormDefinition form, PageSketch page) {
            return layers.computeIfAbsent(form, f -> FixedLayer.of(page));
        }
    }
}
