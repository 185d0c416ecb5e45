package jp.kakanai.forms.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a value into a JSON-shaped tree at a path such as {@code resident.name} or {@code household[1].kana}. */
final class TreePaths {
    private TreePaths() {
    }

    @SuppressWarnings("unchecked")
    static void put(Map<String, Object> tree, String path, Object value) {
        String[] parts = path.split("\\.");
        Map<String, Object> node = tree;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            int bracket = part.indexOf('[');
            if (bracket < 0) {
                if (last) {
                    node.put(part, value);
                } else {
                    node = (Map<String, Object>) node.computeIfAbsent(part, k -> new LinkedHashMap<>());
                }
                continue;
            }
            int index = Integer.parseInt(part.substring(bracket + 1, part.length() - 1));
            List<Object> list = (List<Object>) node.computeIfAbsent(part.substring(0, bracket), k -> new ArrayList<>());
            while (list.size() <= index) {
                list.add(new LinkedHashMap<String, Object>());
            }
            if (last) {
                list.set(index, value);
            } else {
                node = (Map<String, Object>) list.get(index);
            }
        }
    }

    /** Whether a plain dotted path (no list index) holds a value. */
    @SuppressWarnings("unchecked")
    static boolean has(Map<String, Object> tree, String path) {
        Object node = tree;
        for (String part : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map) || !map.containsKey(part)) {
                return false;
            }
            node = ((Map<String, Object>) map).get(part);
        }
        return true;
    }
}
