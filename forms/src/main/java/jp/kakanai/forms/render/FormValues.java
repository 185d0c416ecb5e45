package jp.kakanai.forms.render;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kakanai.forms.resident.MyNumberDigits;
import jp.kakanai.forms.wareki.WarekiFormatter;

/**
 * The values one form prints, read from its {@link FormData} and checked by what their key is, wherever the form
 * prints them: a birth date is a date in a box and in a household row, a sex code is ISO 5218 beside 男・女 and in a
 * table's 性別 column, a My Number has its check digit (番号法施行令 §8). Also collects what the page printed, as
 * given, for the back-office code.
 */
final class FormValues {
    private final String formId;
    private final FormData data;
    private final Map<String, Object> printed = new LinkedHashMap<>();

    FormValues(String formId, FormData data) {
        this.formId = formId;
        this.data = data;
    }

    /** The value as text, checked by its key; empty when the data has none or only blanks. */
    Optional<String> text(String field) {
        Optional<Object> raw = data.lookup(field);
        if (raw.isPresent() && (raw.get() instanceof Map<?, ?> || raw.get() instanceof List<?>)) {
            throw invalid(field, "a single value is expected here, the data has " + (raw.get() instanceof Map<?, ?> ? "an object" : "a list"));
        }
        Optional<String> value = raw.map(Object::toString).filter(s -> !s.isBlank());
        value.ifPresent(v -> check(field, v));
        return value;
    }

    /** A date as 和暦 (令和元年5月1日). */
    Optional<String> wareki(String field) {
        return text(field).map(iso -> WarekiFormatter.format(date(field, iso)));
    }

    /** An ISO 5218 sex code: 0 not known, 1 male, 2 female, 9 not applicable. */
    Optional<String> sex(String field) {
        return text(field).map(code -> {
            sexProblem(code).ifPresent(p -> {
                throw invalid(field, p);
            });
            return code;
        });
    }

    /** The 12 digits of a My Number, check digit verified. */
    Optional<String> myNumber(String field) {
        return text(field).map(number -> {
            MyNumberDigits.problemWith(number).ifPresent(p -> {
                throw invalid(field, lowerFirst(p));
            });
            return number;
        });
    }

    /** The items of a list such as {@code household}; each must be an object of values. */
    List<?> list(String field) {
        Optional<Object> raw = data.lookup(field);
        if (raw.isEmpty()) {
            return List.of();
        }
        if (!(raw.get() instanceof List<?> list)) {
            throw invalid(field, "a list of people is expected here, the data has a single value");
        }
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?>)) {
                throw invalid(field + "[" + i + "]", "each item of the list is an object of values (name, birthDate, …)");
            }
        }
        return list;
    }

    /** The raw value, for checkboxes (a value or a list of values). */
    Optional<Object> raw(String field) {
        return data.lookup(field);
    }

    /** Puts the field's value, as given in the data, into the back-office code. */
    void printed(String field) {
        data.lookup(field).ifPresent(v -> printed.put(field, v));
    }

    /** What the page printed, as a tree with the keys of the form data. */
    Map<String, Object> printedTree() {
        Map<String, Object> tree = new LinkedHashMap<>();
        printed.forEach((path, v) -> TreePaths.put(tree, path, v));
        return tree;
    }

    InvalidFormDataException invalid(String field, String problem) {
        return new InvalidFormDataException(formId, field, problem);
    }

    /** The checks a value gets by its key alone, whatever element prints it. */
    private void check(String field, String value) {
        String key = field.substring(field.lastIndexOf('.') + 1);
        if (key.equals("date") || key.endsWith("Date")) {
            date(field, value);
        } else if (key.equals("sex")) {
            sexProblem(value).ifPresent(p -> {
                throw invalid(field, p);
            });
        } else if (key.equals("myNumber")) {
            MyNumberDigits.problemWith(value).ifPresent(p -> {
                throw invalid(field, lowerFirst(p));
            });
        }
    }

    private LocalDate date(String field, String iso) {
        try {
            LocalDate date = LocalDate.parse(iso);
            WarekiFormatter.format(date);
            return date;
        } catch (DateTimeException e) {
            throw invalid(field, "'" + iso + "' is not a date (yyyy-MM-dd) of the 和暦 calendar");
        }
    }

    private static Optional<String> sexProblem(String code) {
        return switch (code) {
            case "0", "1", "2", "9" -> Optional.empty();
            default -> Optional.of("'" + code + "' is not an ISO 5218 sex code (0, 1, 2, 9)");
        };
    }

    private static String lowerFirst(String sentence) {
        String s = sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
