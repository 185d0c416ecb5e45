package jp.kakanai.forms.render;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/** Glyph outlines of the installed font files as fontbox reads them, to compare with what a PDF embeds. */
final class FontOutlines {
    private static final Map<Path, TrueTypeFont> FONTS = new ConcurrentHashMap<>();

    private FontOutlines() {
    }

    static GeneralPath of(Path font, int gid) {
        try {
            TrueTypeFont ttf = FONTS.computeIfAbsent(font, f -> {
                try {
                    return new TTFParser().parse(new RandomAccessReadBufferedFile(f.toFile()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            synchronized (ttf) {
                return ttf.getGlyph().getGlyph(gid).getPath();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path's segments as numbers, to compare two outlines exactly. */
    static List<Double> segments(GeneralPath path) {
        List<Double> segments = new ArrayList<>();
        double[] coords = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(coords);
            segments.add((double) type);
            int points = switch (type) {
                case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 1;
                case PathIterator.SEG_QUADTO -> 2;
                case PathIterator.SEG_CUBICTO -> 3;
                default -> 0;
            };
            for (int i = 0; i < 2 * points; i++) {
                segments.add(coords[i]);
            }
        }
        return segments;
    }
}
