package jp.kakanai.forms.render;

import java.awt.geom.GeneralPath;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a rendered PDF back with PDFBox: its text, its fonts, its pages as images. */
public final class PdfProbe {
    /** A font as embedded: its name and whether its program is in the file. */
    public record EmbeddedFont(String name, boolean embedded) {
        public boolean isSubset() {
            return name.matches("[A-Z]{6}\\+.+");
        }
    }

    /** A character as the page draws it: the text it reads back as, the font's name and the glyph's outline. */
    public record DrawnGlyph(String text, String fontName, GeneralPath outline) {
    }

    private PdfProbe() {
    }

    /** Every character drawn on every page, in reading order, with the outline its embedded font gives it. */
    public static List<DrawnGlyph> glyphs(byte[] pdf) {
        List<DrawnGlyph> glyphs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        if (p.getFont() instanceof PDType0Font t0 && t0.getDescendantFont() instanceof PDCIDFontType2 cid) {
                            glyphs.add(new DrawnGlyph(p.getUnicode(), t0.getName(), cid.getPath(p.getCharacterCodes()[0])));
                        }
                    }
                }
            };
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glyphs;
    }

    public static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one page (0-based). */
    public static String text(byte[] pdf, int page) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page + 1);
            stripper.setEndPage(page + 1);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<EmbeddedFont> fonts(byte[] pdf) {
        List<EmbeddedFont> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    PDFontDescriptor descriptor = font instanceof PDType0Font t0
                            ? t0.getDescendantFont().getFontDescriptor() : font.getFontDescriptor();
                    boolean embedded = descriptor != null && (descriptor.getFontFile2() != null
                            || descriptor.getFontFile3() != null || descriptor.getFontFile() != null);
                    fonts.add(new EmbeddedFont(font.getName(), embedded));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fonts;
    }

    public static BufferedImage image(byte[] pdf, int page, float dpi) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(page, dpi);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
