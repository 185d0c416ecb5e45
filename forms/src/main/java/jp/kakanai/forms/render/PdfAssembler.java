package jp.kakanai.forms.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import jp.kakanai.forms.definition.Box;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Turns page sketches into one PDF. Each font is subset once for the whole document ({@link FontSubset}) and
 * embedded as that subset; nothing PDFBox-side outlives the call, so renders never share a {@code PDDocument}
 * (spec §1). Content streams are written by {@link ContentStream}.
 */
final class PdfAssembler {
    private static final float PT_PER_MM = 72f / 25.4f;
    private static final float A4_HEIGHT_PT = PDRectangle.A4.getHeight();

    /** How a document gets its fonts; the benchmark swaps in PDFBox's own font loading to compare. */
    interface FontEmbedding {
        DocumentFonts start(PDDocument doc) throws IOException;
    }

    /** The fonts of one document: the resource name of each, the codes of a run, and their dictionaries at the end. */
    interface DocumentFonts {
        String resource(ParsedFont font) throws IOException;

        /** Writes the run's glyphs as the string operand of {@code Tj}. */
        void codes(ContentStream out, PageSketch.Run run) throws IOException;

        /** The {@code /Font} resources of every page, filled in by {@link #finish()}. */
        COSDictionary resources();

        void finish() throws IOException;
    }

    private final FontEmbedding embedding;

    PdfAssembler() {
        this(SubsetFonts::new);
    }

    PdfAssembler(FontEmbedding embedding) {
        this.embedding = embedding;
    }

    /** The document information key that names the edition of the forms (the town pack version and hash). */
    public static final String EDITION_KEY = "KakanaiTownPack";

    byte[] assemble(List<PageSketch> pages) {
        return assemble(pages, java.util.Optional.empty());
    }

    byte[] assemble(List<PageSketch> pages, java.util.Optional<String> edition) {
        try (PDDocument doc = new PDDocument()) {
            DocumentFonts fonts = embedding.start(doc);
            Map<FixedLayer, COSStream> fixedLayers = new IdentityHashMap<>();
            for (PageSketch sketch : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                COSDictionary resources = new COSDictionary();
                resources.setItem(COSName.FONT, fonts.resources());
                COSDictionary images = new COSDictionary();
                ContentStream out = new ContentStream();
                List<PageSketch.Mark> marks = sketch.marks();
                if (sketch.reused().isPresent()) {
                    images.setItem(COSName.getPDFName("L"), formXObject(fixedLayers, sketch.reused().get(), doc));
                    out.name("L").op("Do");
                    marks = sketch.filled().marks();
                }
                for (PageSketch.Mark mark : marks) {
                    if (mark instanceof PageSketch.QrCode q) {
                        String name = "Q" + (images.size() + 1);
                        images.setItem(COSName.getPDFName(name), QrImages.imageMask(doc, q.modules()));
                        qr(out, q.box(), name);
                    } else {
                        draw(out, mark, fonts);
                    }
                }
                if (images.size() > 0) {
                    resources.setItem(COSName.XOBJECT, images);
                }
                page.setResources(new PDResources(resources));
                page.getCOSObject().setItem(COSName.CONTENTS, flateStream(doc, out.deflated()));
            }
            fonts.finish();
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(pages.isEmpty() ? "" : pages.get(0).title());
            info.setCreator("Kakanai 書かない窓口");
            edition.ifPresent(e -> info.setCustomMetadataValue(EDITION_KEY, e));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(48 * 1024);
            doc.save(bytes, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF", e);
        }
    }

    /** A form's fixed layer, put into the document once however many of its pages draw it. */
    private static COSStream formXObject(Map<FixedLayer, COSStream> inDocument, FixedLayer layer, PDDocument doc) throws IOException {
        COSStream xobject = inDocument.get(layer);
        if (xobject == null) {
            xobject = layer.formXObject(doc);
            inDocument.put(layer, xobject);
        }
        return xobject;
    }

    /** A stream of bytes already Flate-compressed. */
    static COSStream flateStream(PDDocument doc, byte[] deflated) throws IOException {
        COSStream stream = doc.getDocument().createCOSStream();
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        try (OutputStream raw = stream.createRawOutputStream()) {
            raw.write(deflated);
        }
        return stream;
    }

    static void draw(ContentStream out, PageSketch.Mark mark, DocumentFonts fonts) throws IOException {
        if (mark instanceof PageSketch.Frame f) {
            out.number(f.lineWidth()).op("w");
            rect(out, f.box());
            out.op("S");
        } else if (mark instanceof PageSketch.Shade s) {
            out.number(s.gray()).op("g");
            rect(out, s.box());
            out.op("f").op("0 g");
        } else if (mark instanceof PageSketch.Stroke s) {
            out.number(s.lineWidth()).op("w");
            out.number(x(s.x1())).number(y(s.y1())).op("m").number(x(s.x2())).number(y(s.y2())).op("l").op("S");
        } else if (mark instanceof PageSketch.Ellipse e) {
            ellipse(out, e);
        } else if (mark instanceof PageSketch.Run r) {
            out.op("BT").name(fonts.resource(r.font())).number(r.size()).op("Tf");
            out.number(x(r.x())).number(y(r.baseline())).op("Td");
            fonts.codes(out, r);
            out.op("Tj").op("ET");
        }
    }

    private static void rect(ContentStream out, Box box) {
        out.number(x(box.x())).number(y(box.bottom())).number(box.w() * PT_PER_MM).number(box.h() * PT_PER_MM).op("re");
    }

    private static void ellipse(ContentStream out, PageSketch.Ellipse e) {
        double k = 0.5523;
        double cx = x(e.box().x() + e.box().w() / 2);
        double cy = y(e.box().y() + e.box().h() / 2);
        double rx = e.box().w() / 2 * PT_PER_MM;
        double ry = e.box().h() / 2 * PT_PER_MM;
        out.number(e.lineWidth()).op("w");
        out.number(cx + rx).number(cy).op("m");
        curve(out, cx + rx, cy + k * ry, cx + k * rx, cy + ry, cx, cy + ry);
        curve(out, cx - k * rx, cy + ry, cx - rx, cy + k * ry, cx - rx, cy);
        curve(out, cx - rx, cy - k * ry, cx - k * rx, cy - ry, cx, cy - ry);
        curve(out, cx + k * rx, cy - ry, cx + rx, cy - k * ry, cx + rx, cy);
        out.op("S");
    }

    private static void curve(ContentStream out, double x1, double y1, double x2, double y2, double x3, double y3) {
        out.number(x1).number(y1).number(x2).number(y2).number(x3).number(y3).op("c");
    }

    /** The code's image, one image pixel per module, scaled onto the symbol's square (see {@link QrImages}). */
    private static void qr(ContentStream out, Box box, String image) {
        out.op("q").number(x(box.right()) - x(box.x())).number(0).number(0).number(box.h() * PT_PER_MM)
                .number(x(box.x())).number(y(box.bottom())).op("cm").name(image).op("Do").op("Q");
    }

    private static double x(double mm) {
        return mm * PT_PER_MM;
    }

    private static double y(double mm) {
        return A4_HEIGHT_PT - mm * PT_PER_MM;
    }
}
