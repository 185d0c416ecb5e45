package jp.kakanai.forms.render;

import java.util.ArrayList;
import java.util.List;
import jp.kakanai.forms.definition.Box;

/**
 * Fits text into a box: the largest type size up to the form's size at which the text fits, on one line or,
 * when that would make it much smaller, wrapped over several. Text never leaves its box and is never cut:
 * a very long address just gets small (issue 5 §3).
 */
final class TextFitter {
    enum Align { LEFT, CENTER }

    record Line(double x, double baseline, List<Glyph> glyphs) {
    }

    record Fitted(float size, List<Line> lines) {
    }

    private static final double PT_TO_MM = 25.4 / 72;
    // IPAex: ascender 0.88 em, descender 0.12 em; lines 1.15 em apart.
    private static final double ASCENT = 0.88;
    private static final double LINE_PITCH = 1.15;
    private static final double HEIGHT_USE = 0.92;
    private static final float MIN_SIZE = 1f;

    private TextFitter() {
    }

    static double mm(double points) {
        return points * PT_TO_MM;
    }

    static Fitted fit(List<Glyph> glyphs, Box box, double maxSize, Align align, boolean mayWrap) {
        if (glyphs.isEmpty() || box.w() <= 0 || box.h() <= 0) {
            return new Fitted((float) maxSize, List.of());
        }
        double boxW = box.w() / PT_TO_MM;
        double boxH = box.h() / PT_TO_MM * HEIGHT_USE;
        double em = glyphs.stream().mapToDouble(Glyph::advance).sum();
        double single = Math.min(maxSize, Math.min(boxH, em > 0 ? boxW / em : maxSize));
        double size = single;
        List<List<Glyph>> lines = List.of(glyphs);
        if (mayWrap && single < maxSize * 0.8) {
            double low = single;
            double high = maxSize;
            for (int i = 0; i < 20; i++) {
                double mid = (low + high) / 2;
                if (wrapFits(glyphs, mid, boxW, boxH)) {
                    low = mid;
                } else {
                    high = mid;
                }
            }
            // wrapping only pays when the type gets clearly larger than on one line
            if (low > single * 1.25) {
                size = low;
                lines = wrap(glyphs, boxW / low);
            }
        }
        size = Math.max(Math.floor(size * 100) / 100, MIN_SIZE);
        return place(lines, (float) size, box, align);
    }

    private static boolean wrapFits(List<Glyph> glyphs, double size, double boxW, double boxH) {
        if (glyphs.stream().anyMatch(g -> g.advance() * size > boxW)) {
            return false;
        }
        int lines = wrap(glyphs, boxW / size).size();
        return size * (1 + LINE_PITCH * (lines - 1)) <= boxH;
    }

    private static List<List<Glyph>> wrap(List<Glyph> glyphs, double emPerLine) {
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> line = new ArrayList<>();
        double width = 0;
        for (Glyph g : glyphs) {
            if (width + g.advance() > emPerLine && !line.isEmpty()) {
                lines.add(line);
                line = new ArrayList<>();
                width = 0;
                if (g.text().equals(" ")) {
                    continue;
                }
            }
            line.add(g);
            width += g.advance();
        }
        lines.add(line);
        return lines;
    }

    private static Fitted place(List<List<Glyph>> lines, float size, Box box, Align align) {
        double pitch = mm(size * LINE_PITCH);
        double block = mm(size) + pitch * (lines.size() - 1);
        double baseline = box.y() + (box.h() - block) / 2 + mm(size * ASCENT);
        List<Line> placed = new ArrayList<>();
        for (List<Glyph> glyphs : lines) {
            double width = mm(glyphs.stream().mapToDouble(Glyph::advance).sum() * size);
            double x = align == Align.CENTER ? box.x() + (box.w() - width) / 2 : box.x();
            placed.add(new Line(x, baseline, glyphs));
            baseline += pitch;
        }
        return new Fitted(size, placed);
    }
}
