package jp.kakanai.forms.render;

import jp.kakanai.forms.definition.Box;

/**
 * Where a back-office code's modules go in the form's QR box: each module a whole number of dots of 1/300 inch
 * (the largest that fits the box with the quiet zone of four modules, from six dots down to three), and the symbol's
 * corner on that dot grid, counted from the sheet's top-left corner. A module of 4 dots (0.339 mm) is 8 dots of a
 * 600-dpi printer and 4 pixels of a 300-dpi scan, so every module prints and scans the same width. With a
 * module of a fractional number of pixels (0.28 mm is 3.3 pixels at 300 dpi) the finder patterns come out a pixel
 * wider or narrower by turns, ZXing estimates the module size from them, and in a large code that error adds up to
 * a wrong symbol size: measured in docs/forms.md, it was most of the missed codes. Only a code too big for the box
 * at 3 dots fills the box at whatever pitch that gives.
 */
final class QrLayout {
    /** One dot of 1/300 inch, in millimetres. */
    static final double DOT = 25.4 / 300;
    static final int QUIET_ZONE = 4;
    private static final int MOST_DOTS = 6;
    private static final int FEWEST_DOTS = 3;

    private QrLayout() {
    }

    /** The square the symbol's {@code modules} × {@code modules} grid takes in {@code box}, centred. */
    static Box symbolIn(Box box, int modules) {
        double side = Math.min(box.w(), box.h());
        for (int dots = MOST_DOTS; dots >= FEWEST_DOTS; dots--) {
            double pitch = dots * DOT;
            // a dot to spare, since snapping to the grid moves the symbol by up to half a dot
            if ((modules + 2 * QUIET_ZONE) * pitch + DOT <= side) {
                double width = modules * pitch;
                return new Box(onGrid(box.x() + (box.w() - width) / 2), onGrid(box.y() + (box.h() - width) / 2), width, width);
            }
        }
        double pitch = side / (modules + 2 * QUIET_ZONE);
        return new Box(box.x() + QUIET_ZONE * pitch, box.y() + QUIET_ZONE * pitch, modules * pitch, modules * pitch);
    }

    private static double onGrid(double mm) {
        return Math.round(mm / DOT) * DOT;
    }
}
