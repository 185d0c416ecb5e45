package jp.kakanai.forms.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kakanai.forms.definition.Box;
import jp.kakanai.forms.definition.Element;
import jp.kakanai.forms.definition.ElementKind;
import jp.kakanai.forms.definition.FormDefinition;

/**
 * 別紙 (continuation sheets): when a form's household table has more people than rows, the form says so in its last
 * row ("ほか 2 名は別紙に記載", {@link TablePainter}) and each 別紙 that follows it lists the rest in the same layout —
 * the same table at the same place under the same heading, with the receipt number and date, and a line saying
 * whose continuation it is — so that nobody is left to the back-office QR code alone. A sheet that still overflows
 * hands the rest on to the next.
 */
final class ContinuationSheets {
    /** Where the line naming the sheet's form goes: under the title band, above the forms' first boxes. */
    private static final Box NOTE = new Box(10, 30, 110, 6);

    private ContinuationSheets() {
    }

    /** A form to paint with its data: the form itself, or one of its 別紙. */
    record Sheet(FormDefinition form, FormData data) {
    }

    /** The form and, if its table overflows, its 別紙 in order. */
    static List<Sheet> of(FormDefinition form, FormData data) {
        List<Sheet> sheets = new ArrayList<>();
        sheets.add(new Sheet(form, data));
        Optional<Element> table = form.elements().stream().filter(e -> e.kind() == ElementKind.TABLE).findFirst();
        if (table.isEmpty()) {
            return sheets;
        }
        String list = table.get().source().orElseThrow();
        List<?> items = data.lookup(list).filter(List.class::isInstance).map(l -> (List<?>) l).orElse(List.of());
        int rows = table.get().rows();
        int from = rows - 1;
        for (int sheet = 1; from < items.size() && items.size() > rows; sheet++) {
            List<?> rest = items.subList(from, items.size());
            sheets.add(new Sheet(continuation(form, table.get(), sheet, data), with(data, list, rest)));
            from += rest.size() > rows ? rows - 1 : rest.size();
        }
        return sheets;
    }

    private static FormDefinition continuation(FormDefinition form, Element table, int sheet, FormData data) {
        List<Element> elements = new ArrayList<>();
        String ticket = data.lookup("visit.ticketNumber").map(Object::toString).map(t -> "（受付番号 " + t + "）").orElse("");
        elements.add(new Element(ElementKind.LABEL, NOTE, "", 0, Optional.empty(), "この別紙は「" + form.title() + "」" + ticket
                + "の続きです。", 9, Optional.empty(), 1, List.of(), List.of(), table.line()));
        for (Element e : form.elements()) {
            boolean header = e.source().filter(s -> s.equals("visit.ticketNumber") || s.equals("visit.date")).isPresent();
            boolean heading = e.kind() == ElementKind.SECTION && Math.abs(e.box().bottom() - table.box().y()) < 0.5;
            if (header || heading || e == table) {
                elements.add(e);
            }
        }
        return new FormDefinition(form.id(), form.title() + "（別紙" + sheet + "）", form.department(), form.page(), form.qr(),
                form.qrCodes(), elements);
    }

    private static FormData with(FormData data, String list, List<?> items) {
        Map<String, Object> tree = new LinkedHashMap<>(data.tree());
        tree.put(list, List.copyOf(items));
        return new FormData(tree);
    }
}
