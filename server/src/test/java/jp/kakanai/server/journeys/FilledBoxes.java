package jp.kakanai.server.journeys;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kakanai.forms.definition.Box;
import jp.kakanai.forms.definition.Column;
import jp.kakanai.forms.definition.Element;
import jp.kakanai.forms.definition.ElementKind;
import jp.kakanai.forms.definition.FormDefinition;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * The text in each value box of a printed form page, read back with PDFBox by area as a person reads the paper: the
 * box of every text, kana, date and My Number element and every cell of the household table, from the form's own
 * layout (millimetres → points). Boxes with nothing in them are left out, so a test that compares the whole map
 * checks every filled box and that nothing else was filled. Whitespace is dropped (extraction spaces words as it
 * sees fit); a label printed small inside its box is cut off the front.
 */
final class FilledBoxes {
    private static final double POINTS_PER_MM = 72 / 25.4;
    private static final List<ElementKind> READ = List.of(ElementKind.TEXT, ElementKind.KANA, ElementKind.DATE,
            ElementKind.MY_NUMBER);

    private FilledBoxes() {
    }

    /** Source key ({@code resident.name}, {@code household[1].kana}) → the text printed in its box on {@code page}. */
    static Map<String, String> of(byte[] pdf, int page, FormDefinition form) {
        PDFTextStripperByArea stripper;
        try {
            stripper = new PDFTextStripperByArea();
            // A table's last row is read whole as well as cell by cell: a glyph may belong to two regions.
            stripper.setSuppressDuplicateOverlappingText(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (Element e : form.elements()) {
            if (READ.contains(e.kind())) {
                String key = e.source().orElseThrow();
                stripper.addRegion(key, rectangle(e.valueBox()));
                labels.put(key, e.labelWidth() > 0 ? "" : e.label());
            } else if (e.kind() == ElementKind.TABLE) {
                cells(e).forEach((key, box) -> {
                    stripper.addRegion(key, rectangle(box));
                    labels.put(key, "");
                });
                stripper.addRegion(LAST_ROW, rectangle(lastRow(e)));
            }
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            stripper.extractRegions(doc.getPage(page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> filled = new LinkedHashMap<>();
        boolean hasTable = form.elements().stream().anyMatch(e -> e.kind() == ElementKind.TABLE);
        String lastRow = hasTable ? stripper.getTextForRegion(LAST_ROW).replaceAll("\\s", "") : "";
        if (lastRow.startsWith("ほか")) {
            // The table's last row tells how many more go on a 別紙: one line across the row, not cells.
            filled.put(OVERFLOW, lastRow);
            int last = form.elements().stream().filter(e -> e.kind() == ElementKind.TABLE).findFirst().orElseThrow().rows() - 1;
            labels.keySet().removeIf(k -> k.startsWith("household[" + last + "]."));
        }
        labels.forEach((key, label) -> {
            String text = stripper.getTextForRegion(key).replaceAll("\\s", "");
            String value = text.startsWith(label) ? text.substring(label.length()) : text;
            if (!value.isEmpty()) {
                filled.put(key, value);
            }
        });
        return filled;
    }

    /** The key of the note in a table's last row that more people follow on a 別紙 ("ほか2名は別紙に記載"). */
    static final String OVERFLOW = "household.more";
    private static final String LAST_ROW = "(last row)";

    private static Box lastRow(Element table) {
        Box box = table.box();
        double header = Math.min(6, box.h() / (table.rows() + 1));
        double row = (box.h() - header) / table.rows();
        return new Box(box.x(), box.y() + header + (table.rows() - 1) * row, box.w(), row).inset(0.3);
    }

    /** The cells of a household table as the renderer lays them out: a header row, then equal rows. */
    private static Map<String, Box> cells(Element table) {
        Map<String, Box> cells = new LinkedHashMap<>();
        Box box = table.box();
        double header = Math.min(6, box.h() / (table.rows() + 1));
        double row = (box.h() - header) / table.rows();
        for (int r = 0; r < table.rows(); r++) {
            double x = box.x();
            List<Column> columns = table.columns();
            for (int c = 0; c < columns.size(); c++) {
                double w = c == columns.size() - 1 ? box.right() - x : columns.get(c).w();
                cells.put("household[" + r + "]." + columns.get(c).source(),
                        new Box(x, box.y() + header + r * row, w, row).inset(0.3));
                x += w;
            }
        }
        return cells;
    }

    private static Rectangle2D rectangle(Box box) {
        return new Rectangle2D.Double(box.x() * POINTS_PER_MM, box.y() * POINTS_PER_MM, box.w() * POINTS_PER_MM,
                box.h() * POINTS_PER_MM);
    }
}
