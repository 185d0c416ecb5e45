package jp.kakanai.forms.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import jp.kakanai.forms.household.TableRole;
import jp.kakanai.forms.json.FileProblem;
import jp.kakanai.forms.json.JsonReading;
import jp.kakanai.forms.json.LocatedJson;

/**
 * Reads and validates one form definition file (JSON; comments allowed). Every mistake is reported with
 * its line, all at once, so that someone who writes forms but no Java can fix a file in one pass.
 */
public final class FormDefinitionReader {
    /** The version of the definition format this reader understands ({@code "schema": 1}). */
    public static final int SCHEMA = 1;
    private static final Box A4 = new Box(0, 0, 210, 297);
    private static final double DEFAULT_QR_SIZE = 30;
    /** Where the renderer prints the title: centred, clear of the addressee and department at the top left. */
    public static final Box TITLE_BAND = new Box(34, 8, 142, 14);
    /** Height of the 事務処理用 caption printed under the QR code. */
    public static final double QR_CAPTION = 3.5;

    private static final Set<String> TOP = Set.of("schema", "id", "title", "department", "page", "qr", "elements",
            "derived");
    private static final Set<String> GEOMETRY = Set.of("kind", "x", "y", "w", "h");
    private static final Map<ElementKind, Set<String>> PROPERTIES = Map.ofEntries(
            Map.entry(ElementKind.TEXT, Set.of("label", "labelWidth", "source", "size", "required", "requiredWith")),
            Map.entry(ElementKind.KANA, Set.of("label", "labelWidth", "source", "size", "required", "requiredWith")),
            Map.entry(ElementKind.DATE, Set.of("label", "labelWidth", "source", "size", "required", "requiredWith")),
            Map.entry(ElementKind.SEX, Set.of("label", "labelWidth", "source", "size", "required", "requiredWith")),
            Map.entry(ElementKind.CHECKBOX, Set.of("label", "source", "value", "size", "required", "requiredWith")),
            Map.entry(ElementKind.MY_NUMBER, Set.of("label", "labelWidth", "source", "required", "requiredWith")),
            Map.entry(ElementKind.TABLE, Set.of("source", "rows", "columns", "size", "required", "requiredWith", "people")),
            Map.entry(ElementKind.OFFICE, Set.of("label", "cells")),
            Map.entry(ElementKind.LABEL, Set.of("text", "size")),
            Map.entry(ElementKind.SECTION, Set.of("text", "size")),
            Map.entry(ElementKind.BOX, Set.of("label", "labelWidth")));

    private final String file;
    private final List<FileProblem> problems = new ArrayList<>();
    private final JsonReading fields;

    private FormDefinitionReader(String file) {
        this.file = file;
        this.fields = new JsonReading(file, problems);
    }

    /**
     * @param file the file name, used in messages and checked against the id ({@code <id>.json})
     * @throws InvalidFormDefinitionException listing every problem with its line
     */
    public static FormDefinition read(String file, String json) {
        return new FormDefinitionReader(file).readDocument(json);
    }

    private FormDefinition readDocument(String json) {
        FormDefinition definition = fields.parseObject(json, "a form definition").map(this::readForm).orElse(null);
        if (!problems.isEmpty()) {
            throw new InvalidFormDefinitionException(problems);
        }
        return definition;
    }

    private FormDefinition readForm(LocatedJson.Obj obj) {
        fields.checkProperties(obj, TOP, "form");
        int schema = fields.integer(obj, "schema").orElse(-1);
        if (obj.members().containsKey("schema") && schema != SCHEMA) {
            problem(obj.members().get("schema").line(), "schema " + schema + " is not supported (this version reads schema " + SCHEMA + ")");
        }
        String id = fields.requiredString(obj, "id");
        if (id != null && !file.isEmpty() && !file.equals(id + ".json")) {
            problem(obj.members().get("id").line(), "id '" + id + "' does not match the file name " + file + " (expected " + id + ".json)");
        }
        String title = fields.requiredString(obj, "title");
        String department = fields.string(obj, "department").orElse("");
        fields.string(obj, "page").filter(p -> !p.equals("A4"))
                .ifPresent(p -> problem(obj.members().get("page").line(), "page '" + p + "' is not supported (only A4)"));
        QrArea qr = QrArea.inCorner(DEFAULT_QR_SIZE, 1, 1, A4);
        if (obj.members().get("qr") instanceof LocatedJson.Obj q) {
            fields.checkProperties(q, Set.of("x", "y", "size", "across", "down"), "qr");
            double size = fields.number(q, "size").orElse(DEFAULT_QR_SIZE);
            int across = codesInALine(q, "across");
            int down = codesInALine(q, "down");
            QrArea corner = QrArea.inCorner(size, across, down, A4);
            qr = QrArea.at(fields.number(q, "x").orElse(corner.box().x()), fields.number(q, "y").orElse(corner.box().y()),
                    size, across, down);
            onPage(qr.withCaption(), q.line(), "the QR code with its caption");
        }
        DerivedDatesReader dates = new DerivedDatesReader(fields);
        List<DerivedDate> derived = dates.read(obj);
        List<Element> elements = new ArrayList<>();
        LocatedJson list = obj.members().get("elements");
        if (list instanceof LocatedJson.Arr arr) {
            for (LocatedJson item : arr.items()) {
                if (item instanceof LocatedJson.Obj element) {
                    Box code = qr.withCaption();
                    readElement(element).ifPresent(e -> {
                        elements.add(e);
                        checkClear(e, code);
                    });
                } else {
                    problem(item.line(), "each element is a JSON object { \"kind\": ... }");
                }
            }
        } else {
            problem(list == null ? obj.line() : list.line(), "'elements' must be a list [ ... ] of the things drawn on the form");
        }
        dates.checkUse(derived, elements);
        return new FormDefinition(id, title, department, A4, qr.box(), qr.codes(), elements, derived);
    }

    private Optional<Element> readElement(LocatedJson.Obj obj) {
        String kindName = fields.requiredString(obj, "kind");
        if (kindName == null) {
            return Optional.empty();
        }
        Optional<ElementKind> kind = ElementKind.ofJsonName(kindName);
        if (kind.isEmpty()) {
            problem(obj.members().get("kind").line(), "unknown kind '" + kindName + "' (known kinds: " + ElementKind.allNames() + ")");
            return Optional.empty();
        }
        ElementKind k = kind.get();
        Set<String> allowed = new TreeSet<>(GEOMETRY);
        allowed.addAll(PROPERTIES.get(k));
        fields.checkProperties(obj, allowed, k.jsonName());
        Box box = new Box(fields.requiredNumber(obj, "x"), fields.requiredNumber(obj, "y"), fields.requiredNumber(obj, "w"), fields.requiredNumber(obj, "h"));
        if (box.w() <= 0 || box.h() <= 0) {
            problem(obj.line(), k.jsonName() + " needs a positive width w and height h (in millimetres)");
        }
        onPage(box, obj.line(), "this " + k.jsonName());
        String label = fields.string(obj, "label").orElse("");
        double labelWidth = fields.number(obj, "labelWidth").orElse(defaultLabelWidth(k, label));
        if (labelWidth < 0 || labelWidth >= box.w() && box.w() > 0) {
            problem(obj.line(), "labelWidth " + labelWidth + " leaves no room for the value in a box " + box.w() + " mm wide");
        }
        Optional<String> source = fields.string(obj, "source");
        if (k.takesData() && source.isEmpty()) {
            problem(obj.line(), k.jsonName() + " needs a 'source', the data key its value comes from (e.g. resident.name)");
        }
        source.ifPresent(s -> checkSource(k, s, obj.members().get("source").line()));
        if ((k == ElementKind.LABEL || k == ElementKind.SECTION) && fields.string(obj, "text").isEmpty()) {
            problem(obj.line(), k.jsonName() + " needs a 'text'");
        }
        int rows = fields.integer(obj, "rows").orElse(k == ElementKind.TABLE ? 0 : 1);
        if (k == ElementKind.TABLE && rows < 1) {
            problem(obj.line(), "table needs 'rows', the number of rows printed (at least 1)");
        }
        List<Column> columns = k == ElementKind.TABLE ? new TableColumnsReader(fields).read(obj, box) : List.of();
        String people = fields.string(obj, "people").orElse(TableRole.EVERYONE.id());
        if (TableRole.byId(people).isEmpty()) {
            problem(obj.members().get("people").line(), "unknown people '" + people + "' for a table (known: "
                    + TableRole.ids() + ")");
        }
        Optional<String> requiredWith = fields.string(obj, "requiredWith");
        requiredWith.ifPresent(key -> {
            int at = obj.members().get("requiredWith").line();
            if (!fields.flag(obj, "required")) {
                problem(at, "'requiredWith' without \"required\": true: it says when a required box is required");
            } else if (!DataKeys.isValue(key)) {
                problem(at, "unknown data key '" + key + "' for 'requiredWith' (known: " + DataKeys.describeValues() + ")");
            }
        });
        return Optional.of(new Element(k, box, label, labelWidth, source, fields.string(obj, "text").orElse(""),
                fields.number(obj, "size").orElse(defaultSize(k)), fields.string(obj, "value"), rows, columns,
                fields.strings(obj, "cells"), obj.line(), fields.flag(obj, "required"), people, requiredWith));
    }

    private void checkSource(ElementKind kind, String source, int line) {
        if (kind != ElementKind.TABLE && source.startsWith(DerivedDate.PREFIX)) {
            return; // the form's own derived dates: checked once all elements are read (DerivedDatesReader)
        }
        boolean known = kind == ElementKind.TABLE ? DataKeys.isList(source) : DataKeys.isValue(source);
        if (!known) {
            problem(line, "unknown data key '" + source + "' (known: "
                    + (kind == ElementKind.TABLE ? "household" : DataKeys.describeValues()) + ")");
        }
    }

    /** {@code across} or {@code down} of the QR area: how many codes side by side or stacked, 1 to 3. */
    private int codesInALine(LocatedJson.Obj qr, String key) {
        int count = fields.integer(qr, key).orElse(1);
        if (count < 1 || count > 3) {
            problem(qr.members().get(key).line(), "qr '" + key + "' must be 1, 2 or 3 (codes " + ("across".equals(key) ? "side by side" : "stacked") + ")");
            return 1;
        }
        return count;
    }

    /** The title band and the QR area (with its caption) are drawn by the renderer: elements keep clear. */
    private void checkClear(Element element, Box code) {
        Box title = TITLE_BAND;
        if (element.box().overlaps(code)) {
            problem(element.line(), element.kind().jsonName() + " overlaps the QR code (x=" + code.x() + ".." + code.right() + ", y=" + code.y() + ".." + code.bottom() + ")");
        } else if (element.box().overlaps(title)) {
            problem(element.line(), element.kind().jsonName() + " overlaps the title (y=" + title.y() + ".." + title.bottom() + ")");
        }
    }

    private void onPage(Box box, int line, String what) {
        if (!A4.contains(box)) {
            problem(line, "field off the page: " + what + " (x=" + box.x() + ", y=" + box.y() + ", w=" + box.w() + ", h=" + box.h()
                    + ") reaches beyond the A4 sheet (210 × 297 mm)");
        }
    }

    private static double defaultLabelWidth(ElementKind kind, String label) {
        return switch (kind) {
            case TEXT, KANA, DATE, SEX, MY_NUMBER, BOX -> label.isEmpty() ? 0 : 25;
            default -> 0;
        };
    }

    private static double defaultSize(ElementKind kind) {
        return switch (kind) {
            case TEXT, DATE, SEX -> 12;
            case KANA -> 9;
            case SECTION -> 10;
            default -> 9;
        };
    }

    private void problem(int line, String message) {
        fields.problem(line, message);
    }
}
