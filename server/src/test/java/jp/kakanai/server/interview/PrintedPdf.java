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

    /** A way to put a page into pixels: at what resolution, and smoothed (screen) or not (printer). */
    private record Scan(float dpi, boolean smoothed) {
    }

    /**
     * Measured on 300 printed form pages of the 山田 household (docs/interview.md): ZXing's finder search missed
     * 2 codes at 600 dpi printer-like, 5 at 400 dpi smoothed, 7 at 450 dpi printer-like, 15 at 300 dpi smoothed,
     * and never all four on the same page.
     */
    private static final List<Scan> SCANS = List.of(new Scan(600, false), new Scan(400, true), new Scan(450, false),
            new Scan(300, true));

    /**
     * The back-office data of a form page, decoded where the form's layout puts its QR code, as a scanner that
     * tries again does: the page is put into pixels in several ways until ZXing finds the code. Its finder
     * search misses a dense code now and then (a household of four makes a version-24 code with 0.28 mm
     * modules), at one resolution or another, never at all of them in the measurements.
     */
    public BackOfficeData qr(int page, String formId) {
        Box box = FormCatalog.builtIn().find(formId).orElseThrow().qr();
        AssertionError missed = new AssertionError("no readable QR code on page " + (page + 1) + " in " + SCANS);
        for (Scan scan : SCANS) {
            try {
                String text = decode(crop(image(page, scan), box, scan.dpi()));
                return BackOfficeData.fromJson(text).orElseThrow(() -> new AssertionError("not a Kakanai code: " + text));
            } catch (com.google.zxing.NotFoundException | com.google.zxing.ChecksumException
                     | com.google.zxing.FormatException e) {
                missed.addSuppressed(e);
            }
        }
        throw missed;
    }

    private BufferedImage image(int page, Scan scan) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            if (!scan.smoothed()) {
                renderer.setRenderingHints(new RenderingHints(RenderingHints.KEY_ANTIALIASING,
                        RenderingHints.VALUE_ANTIALIAS_OFF));
            }
            return renderer.renderImageWithDPI(page, scan.dpi(), scan.smoothed() ? ImageType.RGB : ImageType.BINARY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code's square of the page image, with 3 mm around it as a scanner app crops it. */
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
