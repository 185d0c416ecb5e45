package jp.kakanai.forms.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.kakanai.forms.json.JsonReading;
import jp.kakanai.forms.json.LocatedJson;

/** Reads the {@code columns} of a form's household table, every mistake on its line. */
final class TableColumnsReader {
    private static final Set<ElementKind> COLUMN_KINDS =
            Set.of(ElementKind.TEXT, ElementKind.KANA, ElementKind.DATE, ElementKind.SEX);

    private final JsonReading fields;

    TableColumnsReader(JsonReading fields) {
        this.fields = fields;
    }

    List<Column> read(LocatedJson.Obj table, Box box) {
        List<Column> columns = new ArrayList<>();
        if (!(table.members().get("columns") instanceof LocatedJson.Arr arr) || arr.items().isEmpty()) {
            fields.problem(table.line(), "table needs 'columns': [{\"header\": ..., \"source\": ..., \"w\": ...}, ...]");
            return columns;
        }
        for (LocatedJson item : arr.items()) {
            if (!(item instanceof LocatedJson.Obj c)) {
                fields.problem(item.line(), "each column is a JSON object");
                continue;
            }
            fields.checkProperties(c, Set.of("header", "source", "kind", "w", "required"), "column");
            String source = fields.requiredString(c, "source");
            if (source != null && !DataKeys.isListItemKey(source)) {
                fields.problem(c.members().get("source").line(), "unknown data key '" + source + "' for a table column (known: name, kana, birthDate, sex, relationship)");
            }
            String kindName = fields.string(c, "kind").orElse("text");
            ElementKind kind = ElementKind.ofJsonName(kindName).filter(COLUMN_KINDS::contains).orElse(null);
            if (kind == null) {
                fields.problem(c.line(), "unknown column kind '" + kindName + "' (known: text, kana, date, sex)");
            }
            columns.add(new Column(fields.string(c, "header").orElse(""), source, kind, fields.requiredNumber(c, "w"),
                    fields.flag(c, "required")));
        }
        double total = columns.stream().mapToDouble(Column::w).sum();
        if (total > box.w() + 0.01) {
            fields.problem(table.line(), "the columns are " + total + " mm wide together, wider than the table (" + box.w() + " mm)");
        }
        return columns;
    }
}
