package jp.kakanai.server.queue;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kakanai.forms.navigation.Department;
import jp.kakanai.forms.navigation.ProcedureCatalog;
import jp.kakanai.forms.pack.TownPack;
import org.springframework.stereotype.Component;

/**
 * The town hall's departments from the town pack (departments.json), in walking order (市民課 first), with their
 * ticket prefixes, and the route of a visit: the departments that still have work on its checklist, in
 * walking order. At check-in, an id that is no catalog procedure (a bare form id) belongs to the first
 * department.
 */
@Component
public class Departments {
    private final ProcedureCatalog catalog;
    private final List<Department> inWalkingOrder;
    private final Map<String, String> prefixes = new HashMap<>();

    public Departments(QueueProperties properties, TownPack pack) {
        catalog = pack.catalog();
        inWalkingOrder = catalog.departments().stream().sorted(Comparator.comparingInt(Department::walkingOrder)).toList();
        for (int i = 0; i < inWalkingOrder.size(); i++) {
            Department department = inWalkingOrder.get(i);
            String fallback = String.valueOf((char) ('A' + i));
            prefixes.put(department.id(), properties.prefixes().getOrDefault(department.id(),
                    department.ticketPrefix().orElse(fallback)));
        }
        properties.prefixes().keySet().stream().filter(id -> !prefixes.containsKey(id)).findFirst().ifPresent(id -> {
            throw new IllegalArgumentException("Kakanai configuration: kakanai.queue.prefixes." + id
                    + " names no department; known: " + prefixes.keySet());
        });
    }

    public List<Department> all() {
        return inWalkingOrder;
    }

    public boolean exists(String id) {
        return prefixes.containsKey(id);
    }

    public String prefixOf(String department) {
        return prefixes.get(department);
    }

    public String nameOf(String department) {
        return find(department).map(d -> d.name().ja()).orElse(department);
    }

    /** A procedure's Japanese name as residents and managers read it; the id for one the catalog lacks. */
    public String procedureName(String procedureId) {
        return catalog.procedure(procedureId).map(p -> p.name().ja()).orElse(procedureId);
    }

    public String departmentOf(String procedureId) {
        return catalog.procedure(procedureId).map(p -> p.department().id()).orElse(inWalkingOrder.get(0).id());
    }

    /** Where the visit starts: the first department on its route. */
    public String firstOf(List<String> procedures) {
        return procedures.stream().map(this::departmentOf).min(Comparator.comparingInt(this::order))
                .orElse(inWalkingOrder.get(0).id());
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

    /** Walking order (市民課 first); unknown departments last. */
    public int walkingOrderOf(String department) {
        return order(department);
    }

    private int order(String department) {
        return find(department).map(Department::walkingOrder).orElse(Integer.MAX_VALUE);
    }

    private Optional<Department> find(String id) {
        return inWalkingOrder.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
