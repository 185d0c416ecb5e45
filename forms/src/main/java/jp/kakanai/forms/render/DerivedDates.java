package jp.kakanai.forms.render;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.kakanai.forms.definition.DerivedDate;
import jp.kakanai.forms.definition.FormDefinition;

/**
 * Works out a form's derived dates ({@link DerivedDate}, the definition's {@code "derived"}) from its data, so that
 * what prints, what the back-office code carries and what the clerk is told is blank all read the same
 * {@code derived.<id>}: the first source with a value, moved by its days in the ISO calendar (month and year ends,
 * leap days; the 和暦 era is the printed date's own, so 2019-04-30 + 1 prints 令和元年5月1日).
 */
public final class DerivedDates {
    private static final String KEY = DerivedDate.PREFIX.substring(0, DerivedDate.PREFIX.length() - 1);

    private DerivedDates() {
    }

    /** The data with {@code derived.<id>} set for each derived date that has a source; the others stay absent. */
    public static FormData addTo(FormDefinition form, FormData data) {
        if (form.derived().isEmpty()) {
            return data;
        }
        Map<String, Object> dates = new LinkedHashMap<>();
        for (DerivedDate derived : form.derived()) {
            of(form.id(), derived, data).ifPresent(date -> dates.put(derived.id(), date.toString()));
        }
        Map<String, Object> tree = new LinkedHashMap<>(data.tree());
        // What the caller put under derived.* is not the form's: the definition decides these dates.
        tree.remove(KEY);
        if (!dates.isEmpty()) {
            tree.put(KEY, Collections.unmodifiableMap(dates));
        }
        return new FormData(tree);
    }

    /** The derived date, or empty when none of its sources has a value (the box stays blank). */
    public static Optional<LocalDate> of(String formId, DerivedDate derived, FormData data) {
        Optional<String> lifeEvent = data.lookup("visit.lifeEvent").map(Object::toString);
        for (DerivedDate.From from : derived.firstOf()) {
            if (!from.countsOn(lifeEvent)) {
                continue;
            }
            Optional<String> value = data.lookup(from.source()).map(Object::toString).filter(s -> !s.isBlank());
            if (value.isPresent()) {
                try {
                    return Optional.of(LocalDate.parse(value.get()).plusDays(from.plusDays()));
                } catch (DateTimeException e) {
                    throw new InvalidFormDataException(formId, from.source(), "'" + value.get()
                            + "' is not a date (yyyy-MM-dd), and " + derived.key() + " is worked out from it");
                }
            }
        }
        return Optional.empty();
    }
}
