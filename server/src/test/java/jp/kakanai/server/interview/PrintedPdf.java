package jp.kakanai.server.interview;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kakanai.forms.definition.Box;
import jp.kakanai.forms.definition.FormCatalog;
import jp.kakanai.forms.render.BackOfficeData;
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

    /** An office scanner's usual resolution; each code is decoded once, at this one resolution. */
    private static final float DPI = 300;

    /**
     * The back-office data of a form page, as a back-office scanner takes it: the page put into pixels once at
     * 300 dpi (PDFBox's smoothed rendering, like a scanner's grey image), each code of the form's layout cropped
     * with 3 mm around it and decoded once with ZXing, the codes (one, or the parts of a long household) joined.
     * No retry at another resolution: the forms module measured that its codes scan this way (docs/forms.md).
     */
    public BackOfficeData qr(int page, String formId) {
        BufferedImage image = image(page);
        List<String> codes = new ArrayList<>();
        for (Box place : FormCatalog.builtIn().find(formId).orElseThrow().qrCodes()) {
            BufferedImage area = crop(image, place);
            try {
                codes.add(decode(area));
            } catch (com.google.zxing.NotFoundException e) {
                if (hasInk(area)) {
                    throw new AssertionError("a QR code of " + formId + " on page " + (page + 1) + " does not scan at 300 dpi", e);
                }
            } catch (com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
                throw new AssertionError("a QR code of " + formId + " on page " + (page + 1) + " was found but not read", e);
            }
        }
        return BackOfficeData.fromCodes(codes).orElseThrow(() ->
                new AssertionError("the codes on page " + (page + 1) + " are not the whole data of " + formId + ": " + codes));
    }

    private BufferedImage image(int page) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(page, DPI);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A code's place, with 3 mm around it as a scanner app crops it. */
    private static BufferedImage crop(BufferedImage image, Box box) {
        double px = DPI / 25.4;
        int margin = (int) (3 * px);
        int x = Math.max(0, (int) (box.x() * px) - margin);
        int y = Math.max(0, (int) (box.y() * px) - margin);
        return image.getSubimage(x, y, Math.min(image.getWidth() - x, (int) (box.w() * px) + 2 * margin),
                Math.min(image.getHeight() - y, (int) (box.h() * px) + 2 * margin));
    }

    /** Whether the place itself has anything printed: a form prints only as many codes as its data needs. */
    private static boolean hasInk(BufferedImage area) {
        int inset = area.getWidth() / 8;
        for (int y = inset; y < area.getHeight() - inset; y++) {
            for (int x = inset; x < area.getWidth() - inset; x++) {
                if ((area.getRGB(x, y) & 0xff) < 128) {
                    return true;
                }
            }
        }
        return false;
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
