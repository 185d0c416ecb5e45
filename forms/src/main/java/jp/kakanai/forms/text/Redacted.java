package jp.kakanai.forms.text;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code toString()} for types that carry a resident's data (names, addresses, birth dates, フリガナ, phone,
 * postcode, My Number): it says which parts are there, never what they say, so that a value logged by
 * mistake — an exception message, a debug line, an assertion — cannot put a resident into a log file.
 * Components named as shown are printed as usual (ids, relationships, flags, nested types that mask
 * themselves); every other one prints as {@code ***}, or {@code none} when it is empty.
 */
public final class Redacted {
    private static final String HIDDEN = "***";

    private Redacted() {
    }

    /** {@code Type[shown=value, other=***, empty=none]} in the record's component order. */
    public static String record(Record value, String... shown) {
        Set<String> printed = Set.of(shown);
        StringBuilder text = new StringBuilder(value.getClass().getSimpleName()).append('[');
        RecordComponent[] components = value.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            Object part = read(value, components[i]);
            text.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=')
                    .append(printed.contains(components[i].getName()) ? String.valueOf(part) : of(part));
        }
        return text.append(']').toString();
    }

    /** {@code none} for nothing (null, empty text, Optional or collection), else {@code ***} (a count for collections). */
    public static String of(Object part) {
        if (part == null || part instanceof Optional<?> optional && optional.isEmpty()
                || part instanceof CharSequence text && text.isEmpty()) {
            return "none";
        }
        if (part instanceof Collection<?> collection) {
            return collection.isEmpty() ? "none" : collection.size() + "×" + HIDDEN;
        }
        if (part instanceof Map<?, ?> map) {
            return map.isEmpty() ? "none" : map.size() + "×" + HIDDEN;
        }
        return HIDDEN;
    }

    private static Object read(Record value, RecordComponent component) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return "?";
        }
    }
}
