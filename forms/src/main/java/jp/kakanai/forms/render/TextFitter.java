package jp.kakanai.forms.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kakanai.forms.definition.Box;

/**
 * Fits text into a box at the largest type size, up to the form's size, at which it fits: on one line, or over as
 * many lines as the box holds, broken where Japanese typesetting allows ({@link LineBreaks}). Text never leaves its
 * box and is never cut (issue 5 §3); text that would need type smaller than {@link #SMALLEST} points does not fit,
 * and the caller reports it instead of printing what nobody can read.
 */
final class TextFitter {
    enum Align { LEFT, CENTER }

    record Line(double x, double baseline, List<Glyph> glyphs) {
    }

    record Fitted(float size, List<Line> lines) {
    }

    /** The smallest type printed: 4 pt is 1.4 mm, about the smallest a form's small print uses. */
    static final double SMALLEST = 4;
    private static final double PT_TO_MM = 25.4 / 72;
    // IPAex: ascender 0.88 em, descender 0.12 em; lines 1.15 em apart.
    private static final double ASCENT = 0.88;
    private static final double LINE_PITCH = 1.15;
    private static final double HEIGHT_USE = 0.92;
    private static final double EPSILON = 1e-9;

    private TextFitter() {
    }

    static double mm(double points) {
        return points * PT_TO_MM;
    }

    /** The text laid out in the box; empty when it fits only below {@link #SMALLEST} points. */
    static Optional<Fitted> fit(List<Glyph> glyphs, Box box, double maxSize, Align align, boolean mayWrap) {
        if (glyphs.isEmpty()) {
            return Optional.of(new Fitted((float) maxSize, List.of()));
        }
        double boxW = box.w() / PT_TO_MM;
        double boxH = box.h() / PT_TO_MM * HEIGHT_USE;
        List<Unit> units = units(glyphs, mayWrap ? LineBreaks.opportunities(glyphs) : new boolean[glyphs.size()]);
        double high = Math.min(maxSize, boxH);
        if (high < SMALLEST || lines(units, SMALLEST, boxW, boxH) == null) {
            return Optional.empty();
        }
        double size = high;
        if (lines(units, high, boxW, boxH) == null) {
            double low = SMALLEST;
            for (int i = 0; i < 24; i++) {
                double mid = (low + high) / 2;
                if (lines(units, mid, boxW, boxH) != null) {
                    low = mid;
                } else {
                    high = mid;
                }
            }
            size = Math.max(SMALLEST, Math.floor(low * 100) / 100);
        }
        return Optional.of(place(lines(units, size, boxW, boxH), (float) size, box, align));
    }

    /**
     * A stretch of glyphs no line may break inside, with the spaces after it (where a line may break, unseen).
     * {@code visible} is its width without those spaces, {@code full} with them, at type size 1.
     */
    private record Unit(List<Glyph> glyphs, int visibleCount, double visible, double full) {
    }

    private static List<Unit> units(List<Glyph> glyphs, boolean[] breaks) {
        List<Unit> units = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= glyphs.size(); i++) {
            if (i == glyphs.size() || breaks[i]) {
                List<Glyph> part = glyphs.subList(start, i);
                int visibleCount = part.size();
                while (visibleCount > 0 && LineBreaks.isSpace(part.get(visibleCount - 1))) {
                    visibleCount--;
                }
                double visible = 0;
                double full = 0;
                for (int g = 0; g < part.size(); g++) {
                    full += part.get(g).advance();
                    if (g < visibleCount) {
                        visible = full;
                    }
                }
                units.add(new Unit(part, visibleCount, visible, full));
                start = i;
            }
        }
        return units;
    }

    /** The lines at this size, greedily filled, or null when the text does not fit the box. */
    private static List<List<Glyph>> lines(List<Unit> units, double size, double boxW, double boxH) {
        double perLine = boxW / size + EPSILON;
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> line = null;
        double width = 0;
        for (Unit unit : units) {
            if (unit.visible() > perLine) {
                return null;
            }
            if (line == null || width + unit.visible() > perLine) {
                if (line != null) {
                    lines.add(line);
                }
                line = new ArrayList<>();
                width = 0;
            }
            line.addAll(unit.glyphs());
            width += unit.full();
        }
        lines.add(line);
        if (size * (1 + LINE_PITCH * (lines.size() - 1)) > boxH + EPSILON) {
            return null;
        }
        for (int i = 0; i < lines.size(); i++) {
            List<Glyph> glyphs = lines.get(i);
            int end = glyphs.size();
            while (end > 0 && LineBreaks.isSpace(glyphs.get(end - 1))) {
                end--;
            }
            lines.set(i, glyphs.subList(0, end));
        }
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
