package jp.kakanai.forms.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The table form of payload version 2: a list of objects, such as the household, is written as
 * {@code {"columns":["name","kana",…],"rows":[["山田 太郎","ヤマダ タロウ",…],…]}} (null where a row lacks a key), so
 * each key is written once rather than once per person. A household of four is a third shorter that way, and the
 * code a few QR versions smaller; the keys are still there to read.
 */
final class CompactTables {
    static final String COLUMNS = "columns";
    static final String ROWS = "rows";

    private CompactTables() {
    }

    /** The tree with every list of objects as a table. */
    static Object write(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((key, value) -> out.put(key.toString(), write(value)));
            return out;
        }
        if (node instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(Map.class::isInstance)) {
            Set<String> columns = new LinkedHashSet<>();
            list.forEach(item -> ((Map<?, ?>) item).keySet().forEach(key -> columns.add(key.toString())));
            List<List<Object>> rows = new ArrayList<>();
            for (Object item : list) {
                List<Object> row = new ArrayList<>();
                columns.forEach(column -> row.add(write(((Map<?, ?>) item).get(column))));
                rows.add(row);
            }
            Map<String, Object> table = new LinkedHashMap<>();
            table.put(COLUMNS, List.copyOf(columns));
            table.put(ROWS, rows);
            return table;
        }
        return node;
    }

    /** The tree with every table back as a list of objects, leaving out the nulls of missing keys. */
    static Object read(Object node) {
        if (node instanceof Map<?, ?> map) {
            if (isTable(map)) {
                List<?> columns = (List<?>) map.get(COLUMNS);
                List<Map<String, Object>> items = new ArrayList<>();
                for (Object row : (List<?>) map.get(ROWS)) {
                    Map<String, Object> item = new LinkedHashMap<>();
                    List<?> cells = (List<?>) row;
                    for (int i = 0; i < columns.size() && i < cells.size(); i++) {
                        if (cells.get(i) != null) {
                            item.put(columns.get(i).toString(), read(cells.get(i)));
                        }
                    }
                    items.add(item);
                }
                return items;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((key, value) -> out.put(key.toString(), read(value)));
            return out;
        }
        return node;
    }

    private static boolean isTable(Map<?, ?> map) {
        return map.size() == 2 && map.get(COLUMNS) instanceof List<?> columns && map.get(ROWS) instanceof List<?> rows
                && columns.stream().allMatch(String.class::isInstance) && rows.stream().allMatch(List.class::isInstance);
    }
}
