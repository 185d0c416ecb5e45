package jp.kakanai.server.queue;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import jp.kakanai.forms.navigation.Department;
import jp.kakanai.forms.navigation.ProcedureCatalog;
import jp.kakanai.server.townpack.TownPacks;
import org.springframework.stereotype.Component;

/**
 * The town hall's departments from the town pack (departments.json), in walking order (市民課 first), with their
 * ticket prefixes, and the route of a visit: the departments that still have work on its checklist, in
 * walking order. At check-in, an id that is no catalog procedure (a bare form id) belongs to the first
 * department.
 */
@Component
public class Departments {
    private final QueueProperties properties;
    private final TownPacks packs;
    private final AtomicReference<Layout> layout = new AtomicReference<>();

    /** The departments of one town pack version, in walking order, with their ticket prefixes. */
    private record Layout(int version, ProcedureCatalog catalog, List<Department> inWalkingOrder,
                          Map<String, String> prefixes) {
    }

    public Departments(QueueProperties properties, TownPacks packs) {
        this.properties = properties;
        this.packs = packs;
        Map<String, String> prefixes = layout().prefixes();
        properties.prefixes().keySet().stream().filter(id -> !prefixes.containsKey(id)).findFirst().ifPresent(id -> {
            throw new IllegalArgumentException("Kakanai configuration: kakanai.queue.prefixes." + id
                    + " names no department; known: " + prefixes.keySet());
        });
    }

    /** The departments of the pack version in force (a new version may add or reorder them). */
    private Layout layout() {
        TownPacks.InForce now = packs.current();
        Layout known = layout.get();
        if (known != null && known.version() == now.version()) {
            return known;
        }
        ProcedureCatalog catalog = now.pack().catalog();
        List<Department> inWalkingOrder = catalog.departments().stream()
                .sorted(Comparator.comparingInt(Department::walkingOrder)).toList();
        Map<String, String> prefixes = new HashMap<>();
        for (int i = 0; i < inWalkingOrder.size(); i++) {
            Department department = inWalkingOrder.get(i);
            String fallback = String.valueOf((char) ('A' + i));
            prefixes.put(department.id(), properties.prefixes().getOrDefault(department.id(),
                    department.ticketPrefix().orElse(fallback)));
        }
        Layout next = new Layout(now.version(), catalog, inWalkingOrder, Map.copyOf(prefixes));
        layout.set(next);
        return next;
    }

    public List<Department> all() {
        return layout().inWalkingOrder();
    }

    public boolean exists(String id) {
        return layout().prefixes().containsKey(id);
    }

    public String prefixOf(String department) {
        return layout().prefixes().get(department);
    }

    public String nameOf(String department) {
        return find(department).map(d -> d.name().ja()).orElse(department);
    }

    public String departmentOf(String procedureId) {
        Layout now = layout();
        return now.catalog().procedure(procedureId).map(p -> p.department().id()).orElse(now.inWalkingOrder().get(0).id());
    }

    /** Where the visit starts: the first department on its route. */
    public String firstOf(List<String> procedures) {
        return procedures.stream().map(this::departmentOf).min(Comparator.comparingInt(this::order))
                .orElse(layout().inWalkingOrder().get(0).id());
    }

    /**
     * Where a resident goes from {@code current}: the next department in walking order that still has
     * work; when none lies ahead, the first one behind (a procedure added later, nothing left undone).
     */
    public Optional<String> nextWithWork(String current, Collection<String> withWork) {
        Comparator<String> walking = Comparator.comparingInt(this::order);
        return withWork.stream().filter(d -> !d.equals(current) && order(d) > order(current)).min(walking)
                .or(() -> withWork.stream().filter(d -> !d.equals(current)).min(walking));
    }

    private int order(String department) {
        return find(department).map(Department::walkingOrder).orElse(Integer.MAX_VALUE);
    }

    private Optional<Department> find(String id) {
        return layout().inWalkingOrder().stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
