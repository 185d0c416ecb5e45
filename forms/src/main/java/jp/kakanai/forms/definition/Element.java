package jp.kakanai.forms.definition;

import java.util.List;
import java.util.Optional;

/**
 * One thing drawn on a form: a labelled data box, a checkbox, a table, a heading or the office's box.
 * Which properties matter depends on the {@link ElementKind}; the reader has checked them.
 * {@code required}: a valid application needs this box filled (for a checkbox: one of the checkboxes of its
 * source ticked); the clerk's confirmation lists every one still blank. {@code requiredWith}: a data key; the box
 * is required only when that key has a value (the 住民異動届's move boxes only for a move, not for a 世帯主変更).
 * {@code people}: who a table may list (a {@code TableRole} id: everyone, living, members, children, spouse, deceased,
 * children-of-deceased, other-heirs).
 *
 * @param label      the caption printed in the box's label cell (or beside a checkbox)
 * @param labelWidth width of the label cell in millimetres (0: label printed small above the value)
 * @param source     the data path of the value, e.g. {@code resident.name} or {@code household}
 * @param text       fixed text of labels and sections
 * @param size       the largest type size in points; long values shrink below it
 * @param value      the data value that ticks a checkbox
 * @param rows       number of rows of a table
 * @param cells      captions of an office box's stamp cells (受付, 審査, …)
 * @param line       the line of the definition file the element starts on, for error messages
 */
public record Element(ElementKind kind, Box box, String label, double labelWidth, Optional<String> source,
                      String text, double size, Optional<String> value, int rows, List<Column> columns,
                      List<String> cells, int line, boolean required, String people, Optional<String> requiredWith) {
    public Element {
        columns = List.copyOf(columns);
        cells = List.copyOf(cells);
        people = people == null ? "everyone" : people;
        requiredWith = requiredWith == null ? Optional.empty() : requiredWith;
    }

    /** Without the issue-13 properties: not required, a table of everyone. */
    public Element(ElementKind kind, Box box, String label, double labelWidth, Optional<String> source, String text,
                   double size, Optional<String> value, int rows, List<Column> columns, List<String> cells, int line) {
        this(kind, box, label, labelWidth, source, text, size, value, rows, columns, cells, line, false, "everyone",
                Optional.empty());
    }

    /** The area the value is printed in: the box without its label cell. */
    public Box valueBox() {
        return labelWidth > 0 ? box.rightOf(labelWidth) : box;
    }
}
