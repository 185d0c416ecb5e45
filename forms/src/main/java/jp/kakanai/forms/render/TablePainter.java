package jp.kakanai.forms.render;

import java.util.List;
import jp.kakanai.forms.definition.Box;
import jp.kakanai.forms.definition.Column;
import jp.kakanai.forms.definition.Element;

/**
 * A table of list items, such as the household members of a 住民異動届: a shaded header row, then one row
 * per item. When there are more items than rows, the last row says how many more go on a separate sheet
 * (the QR code still carries them all).
 */
final class TablePainter {
    private final FormPainter form;
    private final Element table;

    TablePainter(FormPainter form, Element table) {
        this.form = form;
        this.table = table;
    }

    void paint() {
        Box box = table.box();
        PageSketch.Layer page = form.page().fixed();
        double header = Math.min(6, box.h() / (table.rows() + 1));
        double row = (box.h() - header) / table.rows();
        page.frame(box, FormPainter.FRAME);
        page.shade(new Box(box.x(), box.y(), box.w(), header), FormPainter.LABEL_GRAY);
        for (int r = 0; r < table.rows(); r++) {
            double y = box.y() + header + r * row;
            page.stroke(box.x(), y, box.right(), y, FormPainter.THIN);
        }
        double x = box.x();
        List<Column> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            double w = c == columns.size() - 1 ? box.right() - x : columns.get(c).w();
            if (c > 0) {
                page.stroke(x, box.y(), x, box.bottom(), FormPainter.THIN);
            }
            form.caption(columns.get(c).header(), new Box(x, box.y(), w, header).inset(0.6), 8, TextFitter.Align.CENTER);
            x += w;
        }
        String list = table.source().orElseThrow();
        List<?> items = form.values().list(list);
        int shown = items.size() > table.rows() ? table.rows() - 1 : items.size();
        for (int i = 0; i < items.size(); i++) {
            rowValues(list + "[" + i + "]", i < shown ? box.y() + header + i * row : -1, row);
        }
        if (shown < items.size()) {
            Box last = new Box(box.x(), box.y() + header + shown * row, box.w(), row);
            form.note("ほか " + (items.size() - shown) + " 名は別紙に記載", form.padded(last), table.size(), TextFitter.Align.LEFT);
        }
    }

    /** Prints one item's cells at {@code y}, or, for items beyond the table ({@code y < 0}), only records them for the QR code. */
    private void rowValues(String item, double y, double height) {
        double x = table.box().x();
        List<Column> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            double w = c == columns.size() - 1 ? table.box().right() - x : column.w();
            String field = item + "." + column.source();
            Box cell = form.padded(new Box(x, y, w, height));
            x += w;
            FormValues values = form.values();
            var shown = switch (column.kind()) {
                case DATE -> values.wareki(field);
                // 0 (not known) and 9 (not applicable) print nothing, as on paper
                case SEX -> values.sex(field).map(code -> code.equals("1") ? "男" : code.equals("2") ? "女" : "");
                default -> values.text(field);
            };
            shown.ifPresent(text -> {
                values.printed(field);
                if (y >= 0 && !text.isEmpty()) {
                    form.fitted(field, text, cell, table.size(), Face.GOTHIC, TextFitter.Align.LEFT);
                }
            });
        }
    }
}
