package jp.kakanai.server.interview;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import jp.kakanai.forms.definition.FormCatalog;
import jp.kakanai.forms.render.BackOfficeData;
import jp.kakanai.forms.render.BackOfficeScan;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A visit's printed PDF read back as staff and back office would: the text of each page (PDFBox) and the
 * back-office QR codes of each form page, decoded with ZXing from the 300-dpi page image PDFBox renders.
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

    /**
     * The text of one page (0-based) in reading order, top to bottom and left to right, as staff read it (the
     * renderer draws a form's fixed captions before the data, so the order of drawing is not the order on the page);
     * whitespace as PDFBox extracts it.
     */
    public String text(int page) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(page + 1);
            stripper.setEndPage(page + 1);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An office scanner's usual resolution; each code is decoded once, at this one resolution. */
    private static final float DPI = 300;

    /**
     * The back-office data of a form page, as a back-office scanner takes it: the page put into pixels once at
     * 300 dpi (PDFBox's smoothed rendering, like a scanner's grey image), each code of the form's layout cropped
     * with 3 mm around it and decoded once with ZXing, the codes (one, or the parts of a long household) joined.
     * No retry at another resolution: the forms module measured that its codes scan this way (docs/forms.md).
     */
    public BackOfficeData qr(int page, String formId) {
        BackOfficeScan.Result result = BackOfficeScan.read(image(page), FormCatalog.builtIn().find(formId).orElseThrow(), DPI);
        if (result instanceof BackOfficeScan.Result.Read read) {
            return read.data();
        }
        throw new AssertionError(formId + " on page " + (page + 1) + ": " + result);
    }

    private BufferedImage image(int page) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(page, DPI);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
