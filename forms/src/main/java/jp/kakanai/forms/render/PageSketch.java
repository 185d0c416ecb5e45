package jp.kakanai.forms.render;

import com.google.zxing.common.BitMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    /** Marks in drawing order; a discarding layer keeps none (the page reuses a {@link FixedLayer} instead). */
    static final class Layer {
        private final List<Mark> marks;

        private Layer(boolean keeps) {
            this.marks = keeps ? new ArrayList<>() : null;
        }

        boolean discards() {
            return marks == null;
        }

        List<Mark> marks() {
            return marks == null ? List.of() : marks;
        }

        private void add(Mark mark) {
            if (marks != null) {
                marks.add(mark);
            }
        }

        void frame(Box box, double lineWidth) {
            add(new Frame(box, lineWidth));
        }

        void shade(Box box, float gray) {
            add(new Shade(box, gray));
        }

        void stroke(double x1, double y1, double x2, double y2, double lineWidth) {
            add(new Stroke(x1, y1, x2, y2, lineWidth));
        }

        void ellipse(Box box, double lineWidth) {
            add(new Ellipse(box, lineWidth));
        }

        void qr(Box box, BitMatrix modules, String text) {
            add(new QrCode(box, modules, text));
        }

        /** Draws laid-out text: one run per stretch of glyphs of the same font. */
        void text(TextFitter.Fitted fitted) {
            if (marks == null) {
                return;
            }
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

    private final String title;
    private final Layer fixed;
    private final Layer filled = new Layer(true);
    private final List<Placeholder> fixedPlaceholders = new ArrayList<>();
    private FixedLayer reused;

    /** A page whose marks are all its own (a cover sheet). */
    PageSketch(String title) {
        this(title, Optional.empty());
    }

    /** A form's page: the fixed marks drawn here, or, when the form's {@link FixedLayer} is given, taken from it. */
    PageSketch(String title, Optional<FixedLayer> reused) {
        this.title = title;
        this.fixed = new Layer(reused.isEmpty());
        this.reused = reused.orElse(null);
    }

    String title() {
        return title;
    }

    /** What is the same on every print of the form: frames, shading, rules, captions. */
    Layer fixed() {
        return fixed;
    }

    /** What the data puts on the page: values, ticks, circles, back-office codes. */
    Layer filled() {
        return filled;
    }

    /** The fixed marks as the page draws them, when they come from a form's fixed layer. */
    Optional<FixedLayer> reused() {
        return Optional.ofNullable(reused);
    }

    void reuse(FixedLayer layer) {
        this.reused = layer;
    }

    /** Characters of the fixed layer's own text no font has (a town's label with a 外字). */
    List<Placeholder> fixedPlaceholders() {
        return fixedPlaceholders;
    }

    /** Every mark drawn on the page, fixed ones first. */
    List<Mark> marks() {
        List<Mark> all = new ArrayList<>(fixed.marks());
        all.addAll(filled.marks());
        return all;
    }

    /** The back-office QR codes on the page, in part order. */
    List<QrCode> qrCodes() {
        return filled.marks().stream().filter(QrCode.class::isInstance).map(QrCode.class::cast).toList();
    }
}
