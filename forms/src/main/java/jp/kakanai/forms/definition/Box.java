package jp.kakanai.forms.definition;

/** A rectangle on the page in millimetres, measured from the top-left corner of the sheet, as a ruler on paper. */
public record Box(double x, double y, double w, double h) {

    public double right() {
        return x + w;
    }

    public double bottom() {
        return y + h;
    }

    public boolean contains(Box other) {
        double e = 1e-6;
        return other.x >= x - e && other.y >= y - e && other.right() <= right() + e && other.bottom() <= bottom() + e;
    }

    public boolean overlaps(Box other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }

    public Box inset(double d) {
        return new Box(x + d, y + d, w - 2 * d, h - 2 * d);
    }

    /** The part right of the first {@code width} millimetres. */
    public Box rightOf(double width) {
        return new Box(x + width, y, w - width, h);
    }

    public Box leftPart(double width) {
        return new Box(x, y, width, h);
    }
}
