package jp.kakanai.forms.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kakanai.forms.text.Redacted;

/**
 * The values a form is filled from, as a JSON-shaped tree (maps, lists, strings, numbers, booleans).
 * A form definition names each field's source as a path such as {@code resident.name} or
 * {@code household[1].birthDate}; dates are ISO {@code yyyy-MM-dd} strings.
 */
public record FormData(Map<String, Object> tree) {
    @Override
    public String toString() {
        return Redacted.record(this);
    }

    public FormData {
        tree = Map.copyOf(tree);
    }

    /** The value at a dotted path with optional list indexes, e.g. {@code household[0].name}. */
    public Optional<Object> lookup(String path) {
        Object node = tree;
        for (String part : path.split("\\.")) {
            String key = part;
            Integer index = null;
            int bracket = part.indexOf('[');
            if (bracket >= 0 && part.endsWith("]")) {
                key = part.substring(0, bracket);
                index = Integer.valueOf(part.substring(bracket + 1, part.length() - 1));
            }
            if (!(node instanceof Map<?, ?> map)) {
                return Optional.empty();
            }
            node = map.get(key);
            if (index != null) {
                if (!(node instanceof List<?> list) || index >= list.size()) {
                    return Optional.empty();
                }
                node = list.get(index);
            }
            if (node == null) {
                return Optional.empty();
            }
        }
        return Optional.of(node);
    }
}
