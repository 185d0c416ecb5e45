package jp.kakanai.forms.render;

import com.google.zxing.common.BitMatrix;
import java.util.ArrayList;
import java.util.List;
import jp.kakanai.forms.definition.Box;

/**
 * What one page shows, in millimetres from the sheet's top-left corner, before any PDF exists: collecting
 * the whole document's text first lets each font be subset once with exactly the characters used.
 */
final class PageSketch {
    sealed interface Mark {
    }

    record Frame(Box box, double lineWidth) implements Mark {
    }

    record Shade(Box box, float gray) implements Mark {
    }

    record Stroke(double x1, double y1, double x2, double y2, double lineWidth) implements Mark {
    }

    record Ellipse(Box box, double lineWidth) implements Mark {
    }

    /** Glyphs of one font starting at a baseline point; {@code size} in points. */
    record Run(double x, double baseline, float size, ParsedFont font, List<Glyph> glyphs) implements Mark {
        /** What the run reads back as. */
        String text() {
            StringBuilder text = new StringBuilder(glyphs.size());
            glyphs.forEach(g -> text.append(g.text()));
            return text.toString();
        }
    }

    /** A symbol's modules in {@code box} (quiet zone outside it) and the text they hold. */
    record QrCode(Box box, BitMatrix modules, String text) implements Mark {
    }

    private final String title;
    private final List<Mark> marks = new ArrayList<>();

    PageSketch(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }

    List<Mark> marks() {
        return marks;
    }

    /** The back-office QR codes on the page, in part order. */
    List<QrCode> qrCodes() {
        return marks.stream().filter(QrCode.class::isInstance).map(QrCode.class::cast).toList();
    }

    void frame(Box box, double lineWidth) {
        marks.add(new Frame(box, lineWidth));
    }

    void shade(Box box, float gray) {
        marks.add(new Shade(box, gray));
    }

    void stroke(double x1, double y1, double x2, double y2, double lineWidth) {
        marks.add(new Stroke(x1, y1, x2, y2, lineWidth));
    }

    void ellipse(Box box, double lineWidth) {
        marks.add(new Ellipse(box, lineWidth));
    }

    void qr(Box box, BitMatrix modules, String text) {
        marks.add(new QrCode(box, modules, text));
    }

    /** Draws laid-out text: one run per stretch of glyphs of the same font. */
    void text(TextFitter.Fitted fitted) {
        for (TextFitter.Line line : fitted.lines()) {
            double x = line.x();
            int start = 0;
            List<Glyph> glyphs = line.glyphs();
            while (start < glyphs.size()) {
                ParsedFont font = glyphs.get(start).font();
                double width = 0;
                int end = start;
                while (end < glyphs.size() && glyphs.get(end).font() == font) {
                    width += glyphs.get(end).advance();
                    end++;
                }
                marks.add(new Run(x, line.baseline(), fitted.size(), font, List.copyOf(glyphs.subList(start, end))));
                x += TextFitter.mm(width * fitted.size());
                start = end;
            }
        }
    }
}
