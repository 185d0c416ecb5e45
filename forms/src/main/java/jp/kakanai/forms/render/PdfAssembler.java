package jp.kakanai.forms.render;

import com.google.zxing.common.BitMatrix;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import jp.kakanai.forms.definition.Box;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Turns page sketches into one PDF. Each face is subset once for the whole document from the shared parsed
 * font and embedded as that subset; nothing PDFBox-side outlives the call, so renders never share a
 * {@code PDFont} or {@code PDDocument} (spec §1).
 */
final class PdfAssembler {
    private static final float PT_PER_MM = 72f / 25.4f;
    private static final float A4_HEIGHT_PT = PDRectangle.A4.getHeight();

    /** How a document gets its fonts; the benchmark swaps in the naive way to compare. */
    interface FontEmbedding {
        Map<Face, PDType0Font> embed(PDDocument doc, Map<Face, SortedSet<Integer>> used) throws IOException;
    }

    private final FontEmbedding embedding;

    PdfAssembler(FontLibrary fonts) {
        this((doc, used) -> subsetsOfParsedFonts(fonts, doc, used));
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
            Map<Face, PDType0Font> embedded = embedding.embed(doc, charactersByFace(pages));
            for (PageSketch sketch : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    for (PageSketch.Mark mark : sketch.marks()) {
                        draw(out, mark, embedded);
                    }
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(pages.isEmpty() ? "" : pages.get(0).title());
            info.setCreator("Kakanai 書かない窓口");
            edition.ifPresent(e -> info.setCustomMetadataValue(EDITION_KEY, e));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF", e);
        }
    }

    private static Map<Face, SortedSet<Integer>> charactersByFace(List<PageSketch> pages) {
        Map<Face, SortedSet<Integer>> used = new EnumMap<>(Face.class);
        for (PageSketch page : pages) {
            for (PageSketch.Mark mark : page.marks()) {
                if (mark instanceof PageSketch.Run run) {
                    run.text().codePoints().forEach(cp -> used.computeIfAbsent(run.face(), f -> new TreeSet<>()).add(cp));
                }
            }
        }
        return used;
    }

    private static Map<Face, PDType0Font> subsetsOfParsedFonts(FontLibrary fonts, PDDocument doc, Map<Face, SortedSet<Integer>> used)
            throws IOException {
        Map<Face, PDType0Font> embedded = new EnumMap<>(Face.class);
        for (Map.Entry<Face, SortedSet<Integer>> face : used.entrySet()) {
            byte[] subset = fonts.font(face.getKey()).subset(face.getValue(), subsetTag(face.getValue()));
            // Already a subset: embedding it whole keeps its cmap, and so the right ToUnicode map.
            embedded.put(face.getKey(), PDType0Font.load(doc, new ByteArrayInputStream(subset), false));
        }
        return embedded;
    }

    /** Six capital letters from the characters, as PDF requires for a subset font's name (ISO 32000 §9.6.4). */
    static String subsetTag(SortedSet<Integer> codePoints) {
        long hash = codePoints.hashCode() & 0xffffffffL;
        StringBuilder tag = new StringBuilder(7);
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + hash % 26));
            hash /= 26;
        }
        return tag.append('+').toString();
    }

    private static void draw(PDPageContentStream out, PageSketch.Mark mark, Map<Face, PDType0Font> fonts) throws IOException {
        if (mark instanceof PageSketch.Frame f) {
            out.setLineWidth((float) f.lineWidth());
            rect(out, f.box());
            out.stroke();
        } else if (mark instanceof PageSketch.Shade s) {
            out.setNonStrokingColor(s.gray());
            rect(out, s.box());
            out.fill();
            out.setNonStrokingColor(0f);
        } else if (mark instanceof PageSketch.Stroke s) {
            out.setLineWidth((float) s.lineWidth());
            out.moveTo(x(s.x1()), y(s.y1()));
            out.lineTo(x(s.x2()), y(s.y2()));
            out.stroke();
        } else if (mark instanceof PageSketch.Ellipse e) {
            ellipse(out, e);
        } else if (mark instanceof PageSketch.Run r) {
            out.beginText();
            out.setFont(fonts.get(r.face()), r.size());
            out.newLineAtOffset(x(r.x()), y(r.baseline()));
            out.showText(r.text());
            out.endText();
        } else if (mark instanceof PageSketch.QrCode q) {
            qr(out, q.box(), q.modules());
        }
    }

    private static void rect(PDPageContentStream out, Box box) throws IOException {
        out.addRect(x(box.x()), y(box.bottom()), (float) box.w() * PT_PER_MM, (float) box.h() * PT_PER_MM);
    }

    private static void ellipse(PDPageContentStream out, PageSketch.Ellipse e) throws IOException {
        float k = 0.5523f;
        float cx = x(e.box().x() + e.box().w() / 2);
        float cy = y(e.box().y() + e.box().h() / 2);
        float rx = (float) e.box().w() / 2 * PT_PER_MM;
        float ry = (float) e.box().h() / 2 * PT_PER_MM;
        out.setLineWidth((float) e.lineWidth());
        out.moveTo(cx + rx, cy);
        out.curveTo(cx + rx, cy + k * ry, cx + k * rx, cy + ry, cx, cy + ry);
        out.curveTo(cx - k * rx, cy + ry, cx - rx, cy + k * ry, cx - rx, cy);
        out.curveTo(cx - rx, cy - k * ry, cx - k * rx, cy - ry, cx, cy - ry);
        out.curveTo(cx + k * rx, cy - ry, cx + rx, cy - k * ry, cx + rx, cy);
        out.stroke();
    }

    /**
     * Vector modules, one rectangle per dark stretch of a row: sharp at any printer resolution. Drawn in module
     * units under a scaling matrix, so the content stream holds small integers (short, and fast to write).
     */
    private static void qr(PDPageContentStream out, Box box, BitMatrix modules) throws IOException {
        float module = (float) box.w() / modules.getWidth() * PT_PER_MM;
        out.saveGraphicsState();
        out.transform(new Matrix(module, 0, 0, -module, x(box.x()), y(box.y())));
        for (int row = 0; row < modules.getHeight(); row++) {
            int col = 0;
            while (col < modules.getWidth()) {
                if (!modules.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < modules.getWidth() && modules.get(col, row)) {
                    col++;
                }
                out.addRect(start, row, col - start, 1);
            }
        }
        out.fill();
        out.restoreGraphicsState();
    }

    private static float x(double mm) {
        return (float) mm * PT_PER_MM;
    }

    private static float y(double mm) {
        return A4_HEIGHT_PT - (float) mm * PT_PER_MM;
    }
}
