package jp.kakanai.server.checklist;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import jp.kakanai.forms.navigation.ProcedureCatalog;
import jp.kakanai.server.document.ChecklistForms;
import jp.kakanai.server.visit.Visit;
import org.springframework.stereotype.Component;

/**
 * The checklist's answer to which forms a visit may print (番号法: the My Number only on those): the forms
 * of its procedures not marked not needed, by department in walking order. One query per visit, since the
 * day's list asks it for every visit.
 */
@Component
class ChecklistFormsOfVisit implements ChecklistForms {
    private final ChecklistService checklists;

    ChecklistFormsOfVisit(ChecklistService checklists) {
        this.checklists = checklists;
    }

    @Override
    public Map<String, Set<String>> formsOf(Visit visit) {
        ProcedureCatalog catalog = checklists.navigator(visit).catalog();
        Map<String, Integer> walking = new LinkedHashMap<>();
        catalog.departments().forEach(d -> walking.put(d.id(), d.walkingOrder()));
        Map<String, Set<String>> forms = new LinkedHashMap<>();
        checklists.entries(visit).stream()
                .filter(entry -> entry.status() != ItemStatus.NOT_NEEDED)
                .sorted(Comparator.comparingInt((ChecklistEntry e) -> walking.getOrDefault(e.departmentId(), Integer.MAX_VALUE)))
                .forEach(entry -> entry.procedureId().flatMap(catalog::procedure).ifPresent(procedure ->
                        procedure.formIds().forEach(form ->
                                forms.computeIfAbsent(form, f -> new LinkedHashSet<>()).add(entry.departmentId()))));
        return forms;
    }

    @Override
    public Set<String> departmentsOf(Visit visit) {
        Set<String> departments = new LinkedHashSet<>();
        checklists.entries(visit).stream().filter(entry -> entry.status() != ItemStatus.NOT_NEEDED)
                .forEach(entry -> departments.add(entry.departmentId()));
        return departments;
    }
}
