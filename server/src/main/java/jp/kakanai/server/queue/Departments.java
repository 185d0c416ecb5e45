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
import java.util.function.Supplier;
import jp.kakanai.forms.pack.TownPack;
import jp.kakanai.server.townpack.TownPacks;
import org.springframework.beans.factory.annotation.Autowired;
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
    private final Supplier<Versioned> inForce;
    private final AtomicReference<Layout> layout = new AtomicReference<>();

    /** A town pack version's catalog. */
    private record Versioned(int version, ProcedureCatalog catalog) {
    }

    /** The departments of one town pack version, in walking order, with their ticket prefixes. */
    private record Layout(int version, ProcedureCatalog catalog, List<Department> inWalkingOrder,
                          Map<String, String> prefixes) {
    }

    /** The departments of the version in force, following it when a new version is put in force. */
    @Autowired
    public Departments(QueueProperties properties, TownPacks packs) {
        this(properties, () -> {
            TownPacks.InForce now = packs.current();
            return new Versioned(now.version(), now.pack().catalog());
        });
    }

    /** The departments of one fixed pack (reports and tools that run without a server). */
    public Departments(QueueProperties properties, TownPack pack) {
        this(properties, () -> new Versioned(0, pack.catalog()));
    }

    private Departments(QueueProperties properties, Supplier<Versioned> inForce) {
        this.properties = properties;
        this.inForce = inForce;
        Map<String, String> prefixes = layout().prefixes();
        properties.prefixes().keySet().stream().filter(id -> !prefixes.containsKey(id)).findFirst().ifPresent(id -> {
            throw new IllegalArgumentException("Kakanai configuration: kakanai.queue.prefixes." + id
                    + " names no department; known: " + prefixes.keySet());
        });
    }

    /** The departments of the pack version in force (a new version may add or reorder them). */
    private Layout layout() {
        Versioned now = inForce.get();
        Layout known = layout.get();
        if (known != null && known.version() == now.version()) {
            return known;
        }
        ProcedureCatalog catalog = now.catalog();
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

    /** A procedure's Japanese name as residents and managers read it; the id for one the catalog lacks. */
    public String procedureName(String procedureId) {
        return layout().catalog().procedure(procedureId).map(p -> p.name().ja()).orElse(procedureId);
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

    /** Walking order (市民課 first); unknown departments last. */
    public int walkingOrderOf(String department) {
        return order(department);
    }

    private int order(String department) {
        return find(department).map(Department::walkingOrder).orElse(Integer.MAX_VALUE);
    }

    private Optional<Department> find(String id) {
        return layout().inWalkingOrder().stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
