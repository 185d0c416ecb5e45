package jp.kakanai.forms.definition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import jp.kakanai.forms.json.JsonReading;
import jp.kakanai.forms.json.LocatedJson;

/**
 * Reads a form definition's {@code "derived"} dates ({@link DerivedDate}), reporting every mistake with its line:
 * <pre>{@code
 * "derived": [
 *   {"id": "lossDate", "firstOf": [{"source": "deceased.deathDate", "plusDays": 1}, {"source": "move.date"},
 *                                  {"source": "event.date", "plusDays": 1, "lifeEvents": ["employment"]}]}
 * ]
 * }</pre>
 */
final class DerivedDatesReader {
    private static final Pattern ID = Pattern.compile("[a-z][A-Za-z0-9]*");
    /** A lifetime either way: a larger shift is a typing mistake, not a rule. */
    private static final int MAX_DAYS = 36_600;

    private final JsonReading fields;

    DerivedDatesReader(JsonReading fields) {
        this.fields = fields;
    }

    /** The derived dates of the form, in the file's order; empty when it declares none. */
    List<DerivedDate> read(LocatedJson.Obj form) {
        List<DerivedDate> derived = new ArrayList<>();
        if (!form.has("derived")) {
            return derived;
        }
        if (!(form.members().get("derived") instanceof LocatedJson.Arr)) {
            fields.problem(form.members().get("derived"), "'derived' must be a list [{\"id\": ..., \"firstOf\": [...]}, ...]");
            return derived;
        }
        Map<String, Integer> seen = new HashMap<>();
        fields.eachObject(form, "derived", "a derived date", date -> {
            fields.properties(date, Set.of("id", "firstOf"), Set.of(), "a derived date");
            Optional<String> id = fields.string(date, "id").filter(i -> named(i, date));
            List<DerivedDate.From> from = firstOf(date);
            if (id.isPresent() && fields.unique("derived date", id.get(), date, seen) && !from.isEmpty()) {
                derived.add(new DerivedDate(id.get(), from, date.line()));
            }
        });
        return derived;
    }

    /**
     * Every {@code derived.<id>} an element prints is declared, printed as a date, and every declared one printed:
     * a misspelt id would otherwise leave the box blank on every form.
     */
    void checkUse(List<DerivedDate> derived, List<Element> elements) {
        List<String> ids = derived.stream().map(DerivedDate::id).toList();
        for (Element e : elements) {
            Optional<String> id = e.source().filter(s -> s.startsWith(DerivedDate.PREFIX))
                    .map(s -> s.substring(DerivedDate.PREFIX.length()));
            if (id.isPresent() && !ids.contains(id.get())) {
                fields.problem(e.line(), "unknown derived date '" + id.get() + "' (this form's \"derived\" declares "
                        + (ids.isEmpty() ? "none" : ids) + ")");
            } else if (id.isPresent() && e.kind() != ElementKind.DATE) {
                fields.problem(e.line(), "derived." + id.get() + " is a date: a " + e.kind().jsonName()
                        + " cannot print it (use \"kind\": \"date\")");
            }
        }
        for (DerivedDate d : derived) {
            if (elements.stream().noneMatch(e -> e.source().filter(d.key()::equals).isPresent())) {
                fields.problem(d.line(), "derived date '" + d.id() + "' is printed by no element; remove it or use it");
            }
        }
    }

    /** {@code "lifeEvents": ["employment"]}: ids of life events (the pack checks that they exist). */
    private List<String> lifeEvents(LocatedJson.Obj source) {
        if (!source.has("lifeEvents")) {
            return List.of();
        }
        LocatedJson at = source.members().get("lifeEvents");
        List<String> ids = fields.strings(source, "lifeEvents");
        if (ids.isEmpty()) {
            fields.problem(at, "'lifeEvents' must list at least one life event id (e.g. [\"employment\"]): "
                    + "the source counts only on a visit for one of them");
        }
        return ids.stream().filter(id -> fields.isId(id, at)).toList();
    }

    private boolean named(String id, LocatedJson.Obj at) {
        if (ID.matcher(id).matches()) {
            return true;
        }
        fields.problem(at.members().get("id"), "derived date id '" + id + "' must be one word in lowerCamelCase, e.g. lossDate (elements print it as derived.<id>)");
        return false;
    }

    private List<DerivedDate.From> firstOf(LocatedJson.Obj date) {
        List<DerivedDate.From> from = new ArrayList<>();
        if (date.has("firstOf") && !(date.members().get("firstOf") instanceof LocatedJson.Arr arr && !arr.items().isEmpty())) {
            fields.problem(date.members().get("firstOf"), "'firstOf' must be a list of at least one {\"source\": ..., \"plusDays\": ...}");
            return from;
        }
        fields.eachObject(date, "firstOf", "a date source", source -> {
            fields.checkProperties(source, Set.of("source", "plusDays", "lifeEvents"), "a date source");
            String key = fields.requiredString(source, "source");
            int days = source.has("plusDays") ? fields.wholeNumber(source.members().get("plusDays"), "'plusDays'").orElse(0) : 0;
            if (Math.abs(days) > MAX_DAYS) {
                fields.problem(source.members().get("plusDays"), "'plusDays' " + days + " is more than " + MAX_DAYS + " days");
            }
            if (key != null && !DataKeys.isDate(key)) {
                fields.problem(source.members().get("source"), "'" + key + "' is no date of the form data; a derived date comes from "
                        + DataKeys.describeDates());
            } else if (key != null) {
                from.add(new DerivedDate.From(key, days, lifeEvents(source)));
            }
        });
        return from;
    }
}
