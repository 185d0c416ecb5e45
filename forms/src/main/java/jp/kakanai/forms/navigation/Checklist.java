package jp.kakanai.forms.navigation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Every procedure a visit needs, ordered as the resident walks: by department, then by catalog order. */
public record Checklist(LifeEvent event, LocalDate visitDate, List<ChecklistItem> items) {
    public Checklist {
        items = List.copyOf(items);
    }

    public List<String> procedureIds() {
        return items.stream().map(ChecklistItem::procedureId).toList();
    }

    /** The departments to visit, in walking order. */
    public List<Department> departments() {
        return items.stream().map(ChecklistItem::department).distinct().toList();
    }

    /** The items grouped by department, in walking order. */
    public Map<Department, List<ChecklistItem>> byDepartment() {
        return items.stream().collect(Collectors.groupingBy(ChecklistItem::department, LinkedHashMap::new,
                Collectors.toList()));
    }
}
