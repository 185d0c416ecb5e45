package jp.kakanai.server.interview;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import jp.kakanai.forms.definition.Box;
import jp.kakanai.forms.definition.FormCatalog;
import jp.kakanai.forms.render.BackOfficeData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A visit's printed PDF read back as staff and back office would: the text of each page (PDFBox) and the
 * back-office QR code of each form page, decoded with ZXing from the page image PDFBox renders.
 */
public final class PrintedPdf {
    private static final float PRINTER_DPI = 600;
    private final byte[] pdf;

    public PrintedPdf(byte[] pdf) {
        this.pdf = pdf;
    }

    public int pages() {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one page (0-based), whitespace as PDFBox extracts it. */
    public String text(int page) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page + 1);
            stripper.setEndPage(page + 1);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The back-office data of a form page, scanned where the form's layout puts its QR code from the page as a
     * 600 dpi printer puts it on paper: every dot black or white. (PDFBox's screen rendering smooths edges; a
     * household of four makes a version-24 code with 0.28 mm modules, and ZXing then missed 7 of 240 codes
     * even at 300, 400 and 600 dpi: measured, see docs/interview.md.)
     */
    public BackOfficeData qr(int page, String formId) {
        Box box = FormCatalog.builtIn().find(formId).orElseThrow().qr();
        try {
            String text = decode(crop(printed(page), box, PRINTER_DPI));
            return BackOfficeData.fromJson(text).orElseThrow(() -> new AssertionError("not a Kakanai code: " + text));
        } catch (com.google.zxing.NotFoundException | com.google.zxing.ChecksumException
                 | com.google.zxing.FormatException e) {
            throw new AssertionError("no readable QR code on page " + (page + 1), e);
        }
    }

    private BufferedImage printed(int page) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            renderer.setRenderingHints(new RenderingHints(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF));
            return renderer.renderImageWithDPI(page, PRINTER_DPI, ImageType.BINARY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage crop(BufferedImage image, Box box, float dpi) {
        double px = dpi / 25.4;
        int margin = (int) (3 * px);
        int x = Math.max(0, (int) (box.x() * px) - margin);
        int y = Math.max(0, (int) (box.y() * px) - margin);
        return image.getSubimage(x, y, Math.min(image.getWidth() - x, (int) (box.w() * px) + 2 * margin),
                Math.min(image.getHeight() - y, (int) (box.h() * px) + 2 * margin));
    }

    private static String decode(BufferedImage code) throws com.google.zxing.NotFoundException,
            com.google.zxing.ChecksumException, com.google.zxing.FormatException {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(code))),
                Map.of(DecodeHintType.CHARACTER_SET, "UTF-8", DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    /** The names in the household table's QR data of a form page, in table order. */
    @SuppressWarnings("unchecked")
    public List<String> householdNames(int page, String formId) {
        Object household = qr(page, formId).data().get("household");
        return household == null ? List.of()
                : ((List<Map<String, Object>>) household).stream().map(m -> (String) m.get("name")).toList();
    }

    public static String withoutSpaces(String text) {
        return text.replaceAll("\\s", "");
    }
}
