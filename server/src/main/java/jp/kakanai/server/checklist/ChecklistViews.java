package jp.kakanai.server.checklist;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kakanai.forms.navigation.Department;
import jp.kakanai.forms.navigation.Facts;
import jp.kakanai.forms.navigation.LocalizedText;
import jp.kakanai.forms.navigation.Procedure;
import jp.kakanai.forms.navigation.ProcedureCatalog;
import jp.kakanai.forms.navigation.Resident;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.townpack.TownPacks;
import jp.kakanai.server.navigation.NavigationRequest;
import jp.kakanai.server.navigation.QuestionView;
import jp.kakanai.server.visit.Visit;
import org.springframework.stereotype.Component;

/** Renders a stored checklist: catalog names, forms and documents, grouped by department in walking order. */
@Component
class ChecklistViews {
    private final TownPacks packs;
    private final ChecklistRepository repository;

    ChecklistViews(TownPacks packs, ChecklistRepository repository) {
        this.packs = packs;
        this.repository = repository;
    }

    /** What the navigator knows about the visit: its day, the resident's birth date, the stored facts. */
    static Facts factsOf(Visit visit, StoredFacts stored) {
        return new Facts(stored.event(), visit.visitDate(),
                new Resident(Optional.of(visit.resident().birthDate()), stored.cardRead()),
                stored.household(), stored.answers());
    }

    ChecklistView render(Visit visit, StoredFacts facts) {
        TownPacks.InForce pack = packs.forVisit(visit.id());
        ProcedureCatalog catalog = pack.pack().catalog();
        Map<Department, List<ChecklistEntry>> groups = new LinkedHashMap<>();
        repository.entries(visit.id()).stream()
                .sorted(Comparator.comparingInt((ChecklistEntry e) -> department(catalog, e).walkingOrder())
                        .thenComparingInt(e -> e.procedureId().map(catalog::indexOf).filter(i -> i >= 0)
                                .orElse(Integer.MAX_VALUE))
                        .thenComparing(ChecklistEntry::itemId))
                .forEach(e -> groups.computeIfAbsent(department(catalog, e), d -> new java.util.ArrayList<>()).add(e));
        List<ChecklistView.DepartmentGroup> departments = groups.entrySet().stream()
                .map(g -> new ChecklistView.DepartmentGroup(g.getKey().id(), g.getKey().name(),
                        g.getKey().walkingOrder(), g.getValue().stream().map(e -> item(catalog, e)).toList()))
                .toList();
        List<ChecklistEntry> all = groups.values().stream().flatMap(List::stream).toList();
        int done = (int) all.stream().filter(e -> e.status() == ItemStatus.DONE).count();
        int open = (int) all.stream().filter(e -> e.status() == ItemStatus.TODO || e.status() == ItemStatus.IN_PROGRESS).count();
        List<NavigationRequest.MemberFacts> household = facts.household().map(h -> h.members().stream()
                .map(m -> new NavigationRequest.MemberFacts(m.relationship().id(), m.birthDate(), m.deceased()))
                .toList()).orElse(null);
        return new ChecklistView(visit.id(), facts.event().id(), facts.version(), facts.answers().values(),
                Optional.ofNullable(household), facts.cardRead(), departments,
                new ChecklistView.Progress(all.size(), done, open),
                pack.navigator().questionsFor(factsOf(visit, facts)).stream().map(QuestionView::of).toList());
    }

    /** The name a clerk knows the item by: the catalog's (of the visit's pack version), or the one typed in. */
    LocalizedText name(Visit visit, ChecklistEntry entry) {
        return name(packs.forVisit(visit.id()).pack().catalog(), entry);
    }

    private static LocalizedText name(ProcedureCatalog catalog, ChecklistEntry entry) {
        return entry.procedureId().flatMap(catalog::procedure).map(Procedure::name)
                .orElseGet(() -> {
                    String name = entry.customName().orElse(entry.itemId());
                    return LocalizedText.of(name, name);
                });
    }

    private static ChecklistView.Item item(ProcedureCatalog catalog, ChecklistEntry e) {
        List<String> forms = e.procedureId().flatMap(catalog::procedure).map(Procedure::formIds).orElse(List.of());
        return new ChecklistView.Item(e.itemId(), e.procedureId(), name(catalog, e), forms, e.origin().id(), e.certainty().id(),
                e.reason(), e.concerns(), e.bring().stream().flatMap(id -> catalog.document(id).stream()).toList(),
                e.deadline(), e.status().id(), e.notNeededReason(), e.note(), e.version(),
                e.updatedAt().atZone(OfficeClock.ZONE).toOffsetDateTime(), e.updatedBy());
    }

    /** The entry's department; one the catalog no longer has goes last, under its id. */
    private static Department department(ProcedureCatalog catalog, ChecklistEntry entry) {
        return catalog.department(entry.departmentId()).orElseGet(() ->
                new Department(entry.departmentId(), LocalizedText.of(entry.departmentId(), entry.departmentId()),
                        Integer.MAX_VALUE));
    }
}
