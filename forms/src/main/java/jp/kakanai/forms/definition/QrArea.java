package jp.kakanai.forms.definition;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a form's back-office QR codes go: a grid of {@code across} × {@code down} squares of {@code size} mm,
 * 2 mm apart side by side and a caption's height apart stacked, each with its 事務処理用 caption below it.
 *
 * @param box   the grid, without the caption under its lowest row
 * @param codes the squares in the order codes fill them: bottom right first, then leftwards, then the row above
 */
record QrArea(Box box, List<Box> codes) {
    static final double GAP = 2;

    static QrArea inCorner(double size, int across, int down, Box page) {
        double w = across * size + (across - 1) * GAP;
        double h = down * size + (down - 1) * FormDefinitionReader.QR_CAPTION;
        return at(page.w() - 10 - w, page.h() - 10 - FormDefinitionReader.QR_CAPTION - h, size, across, down);
    }

    static QrArea at(double x, double y, double size, int across, int down) {
        Box box = new Box(x, y, across * size + (across - 1) * GAP, down * size + (down - 1) * FormDefinitionReader.QR_CAPTION);
        List<Box> codes = new ArrayList<>();
        for (int row = 0; row < down; row++) {
            for (int column = 0; column < across; column++) {
                codes.add(new Box(box.right() - size - column * (size + GAP),
                        box.bottom() - size - row * (size + FormDefinitionReader.QR_CAPTION), size, size));
            }
        }
        return new QrArea(box, codes);
    }

    Box withCaption() {
        return new Box(box.x(), box.y(), box.w(), box.h() + FormDefinitionReader.QR_CAPTION);
    }
}
