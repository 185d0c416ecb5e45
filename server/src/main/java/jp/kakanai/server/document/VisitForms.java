package jp.kakanai.server.document;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.kakanai.forms.navigation.ProcedureCatalog;
import jp.kakanai.forms.render.FormRenderer;
import jp.kakanai.forms.render.FormSummary;
import jp.kakanai.server.security.StaffScope;
import jp.kakanai.server.townpack.TownPacks;
import jp.kakanai.server.visit.Visit;
import org.springframework.stereotype.Service;

/**
 * Which forms a visit has (in the town pack version the visit was started on), which of them the caller's
 * departments print, and which print the My Number; the print itself is {@link VisitPrint}'s.
 */
@Service
public class VisitForms {
    public static final String MY_NUMBER = "resident.myNumber";
    private final TownPacks packs;
    private final ChecklistForms checklist;

    public VisitForms(TownPacks packs, ChecklistForms checklist) {
        this.packs = packs;
        this.checklist = checklist;
    }

    /**
     * The printable forms of the visit: those of the procedures on its checklist that are not marked not
     * needed (a procedure id such as {@code resident-move-in} brings its catalog forms), by department in
     * walking order, then any bare form id the kiosk chose. Nothing else prints for this visit: a
     * resident's data, and above all the My Number, goes only on the forms of what they came for (番号法
     * 第9条, 特定個人情報ガイドライン: 利用目的の範囲). Forms the visit's pack version has no layout for are left out.
     */
    public List<String> formsOf(Visit visit) {
        return formsOf(visit, StaffScope.everything());
    }

    /**
     * Of those, the forms the caller's departments print: a department clerk only their departments' forms; a
     * bare form id the kiosk chose belongs to no department and prints at the one-stop counter.
     */
    public List<String> formsOf(Visit visit, StaffScope scope) {
        TownPacks.InForce pack = packs.forVisit(visit.id());
        ProcedureCatalog procedures = pack.pack().catalog();
        Stream<String> onChecklist = checklist.formsOf(visit).entrySet().stream()
                .filter(form -> form.getValue().stream().anyMatch(scope::worksFor)).map(Map.Entry::getKey);
        Stream<String> bare = scope.everyDepartment()
                ? visit.procedures().stream().filter(id -> procedures.procedure(id).isEmpty()) : Stream.empty();
        return Stream.concat(onChecklist, bare).distinct().filter(pack.renderer()::hasForm).toList();
    }

    /** Whether the caller may see the visit at all: a department clerk only one their departments work on. */
    public boolean visibleTo(Visit visit, StaffScope scope) {
        return scope.sees(checklist.departmentsOf(visit));
    }

    /**
     * Whether any form of these procedures prints the My Number: only then may a check-in bring it. A new visit
     * starts on the version in force.
     */
    public boolean printMyNumber(List<String> procedureIds) {
        TownPacks.InForce pack = packs.current();
        ProcedureCatalog procedures = pack.pack().catalog();
        return procedureIds.stream()
                .flatMap(id -> procedures.procedure(id).map(p -> p.formIds().stream()).orElse(Stream.of(id)))
                .filter(pack.renderer()::hasForm).anyMatch(id -> hasMyNumberBoxes(pack.renderer(), id));
    }

    /** The forms of the version in force, id and title (for the staff pages' labels). */
    public List<FormSummary> catalog() {
        return packs.current().renderer().forms();
    }

    /** Whether the form prints the My Number (in its 12 boxes): only then is it decrypted for a print. */
    public static boolean hasMyNumberBoxes(FormRenderer renderer, String formId) {
        return renderer.definition(formId).stream().flatMap(form -> form.elements().stream())
                .anyMatch(element -> element.source().filter(MY_NUMBER::equals).isPresent());
    }
}
