package jp.kakanai.forms.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kakanai.forms.definition.Column;
import jp.kakanai.forms.definition.Element;
import jp.kakanai.forms.definition.ElementKind;
import jp.kakanai.forms.definition.FormDefinition;

/**
 * The boxes a valid application needs ({@code "required": true} in the form definition, only when the data has a
 * value at its {@code requiredWith} key if it names one) that the data leaves blank:
 * a box without a value, a group of checkboxes with none ticked, a required table with nobody in it, a required
 * column of a listed person (a name nobody gave). The clerk's confirmation lists them, so a form does not leave the
 * counter with a hole nobody noticed.
 */
public final class BlankBoxes {
    private BlankBoxes() {
    }

    /**
     * One blank box: {@code field} the data key ({@code household[1].name}), {@code label} what the form calls it,
     * with the row's number for a table cell ({@code 氏名（2行目）}).
     */
    public record Blank(String field, String label) {
    }

    public static List<Blank> of(FormDefinition form, FormData given) {
        FormData data = DerivedDates.addTo(form, given);
        List<Blank> blanks = new ArrayList<>();
        Map<String, List<String>> checkboxGroups = new LinkedHashMap<>();
        for (Element e : form.elements()) {
            if (e.kind() == ElementKind.CHECKBOX && e.source().isPresent()) {
                checkboxGroups.computeIfAbsent(e.source().get(), k -> new ArrayList<>()).add(e.label());
            }
        }
        for (Element e : form.elements()) {
            if (!e.required() || e.source().isEmpty() || e.requiredWith().filter(key -> blank(data.lookup(key))).isPresent()) {
                continue;
            }
            String source = e.source().get();
            switch (e.kind()) {
                case TABLE -> table(e, data, blanks);
                case CHECKBOX -> {
                    if (blank(data.lookup(source)) && blanks.stream().noneMatch(b -> b.field().equals(source))) {
                        blanks.add(new Blank(source, String.join("・", checkboxGroups.get(source))));
                    }
                }
                default -> {
                    if (blank(data.lookup(source))) {
                        blanks.add(new Blank(source, e.label()));
                    }
                }
            }
        }
        return List.copyOf(blanks);
    }

    private static void table(Element table, FormData data, List<Blank> blanks) {
        String list = table.source().orElseThrow();
        List<?> items = data.lookup(list).filter(List.class::isInstance).map(l -> (List<?>) l).orElse(List.of());
        if (items.isEmpty()) {
            blanks.add(new Blank(list, "（" + table.columns().get(0).header() + "の欄: 記入する方がいません）"));
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            for (Column column : table.columns()) {
                String field = list + "[" + i + "]." + column.source();
                if (column.required() && blank(data.lookup(field))) {
                    blanks.add(new Blank(field, column.header() + "（" + (i + 1) + "人目）"));
                }
            }
        }
    }

    private static boolean blank(Optional<Object> value) {
        return value.map(v -> v instanceof String s && s.isBlank() || v instanceof List<?> l && l.isEmpty()).orElse(true);
    }
}
