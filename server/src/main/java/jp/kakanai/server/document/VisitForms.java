package jp.kakanai.server.document;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.kakanai.forms.navigation.ProcedureCatalog;
import jp.kakanai.forms.pack.TownPack;
import jp.kakanai.forms.render.FormDataBuilder;
import jp.kakanai.forms.render.FormRenderer;
import jp.kakanai.forms.render.FormSummary;
import jp.kakanai.forms.render.InvalidFormDataException;
import jp.kakanai.forms.render.RenderedForm;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.privacy.MyNumberVault;
import jp.kakanai.server.security.StaffScope;
import jp.kakanai.server.visit.Visit;
import org.springframework.stereotype.Service;

/** The prefilled forms of a visit: which ones it has, and each one (or all of them) as a PDF. */
@Service
public class VisitForms {
    public static final String MY_NUMBER = "resident.myNumber";
    private final FormRenderer renderer;
    private final MyNumberVault myNumbers;
    private final ChecklistForms checklist;
    private final ProcedureCatalog procedures;

    public VisitForms(FormRenderer renderer, MyNumberVault myNumbers, ChecklistForms checklist, TownPack pack) {
        this.renderer = renderer;
        this.myNumbers = myNumbers;
        this.checklist = checklist;
        this.procedures = pack.catalog();
    }

    /**
     * The printable forms of the visit: those of the procedures on its checklist that are not marked not
     * needed (a procedure id such as {@code resident-move-in} brings its catalog forms), by department in
     * walking order, then any bare form id the kiosk chose. Nothing else prints for this visit: a
     * resident's data, and above all the My Number, goes only on the forms of what they came for (番号法
     * 第9条, 特定個人情報ガイドライン: 利用目的の範囲). Forms the renderer has no layout for are left out.
     */
    public List<String> formsOf(Visit visit) {
        return formsOf(visit, StaffScope.everything());
    }

    /**
     * Of those, the forms the caller's departments print: a department clerk only their departments' forms; a
     * bare form id the kiosk chose belongs to no department and prints at the one-stop counter.
     */
    public List<String> formsOf(Visit visit, StaffScope scope) {
        Stream<String> onChecklist = checklist.formsOf(visit).entrySet().stream()
                .filter(form -> form.getValue().stream().anyMatch(scope::worksFor)).map(Map.Entry::getKey);
        Stream<String> bare = scope.everyDepartment()
                ? visit.procedures().stream().filter(id -> procedures.procedure(id).isEmpty()) : Stream.empty();
        return Stream.concat(onChecklist, bare).distinct().filter(renderer::hasForm).toList();
    }

    /** Whether the caller may see the visit at all: a department clerk only one their departments work on. */
    public boolean visibleTo(Visit visit, StaffScope scope) {
        return scope.sees(checklist.departmentsOf(visit));
    }

    /** Whether any form of these procedures prints the My Number: only then may a check-in bring it. */
    public boolean printMyNumber(List<String> procedureIds) {
        return procedureIds.stream()
                .flatMap(id -> procedures.procedure(id).map(p -> p.formIds().stream()).orElse(Stream.of(id)))
                .filter(renderer::hasForm).anyMatch(this::hasMyNumberBoxes);
    }

    public List<FormSummary> catalog() {
        return renderer.forms();
    }

    /** One form, printed for the staff member named (recorded when the My Number is decrypted for it). */
    public RenderedForm render(Visit visit, String formId, String staff, StaffScope scope) {
        if (!renderer.hasForm(formId)) {
            throw new ApiProblem(404, "No form '" + formId + "' exists.", "formId");
        }
        if (!formsOf(visit).contains(formId)) {
            throw new ApiProblem(403, "'" + formId + "' is not a form of visit " + visit.ticket() + "'s checklist: a"
                    + " resident's data is printed only on the forms of the procedures they came for. Add the procedure"
                    + " to the checklist first.", "formId");
        }
        if (!formsOf(visit, scope).contains(formId)) {
            throw new ApiProblem(403, "'" + formId + "' is another department's form: it is printed where that"
                    + " procedure is handled, or at the one-stop counter.", "formId");
        }
        return renderAll(visit, List.of(formId), staff);
    }

    /** Every form of the visit the caller prints, in one PDF, for everything the resident signs at once. */
    public RenderedForm renderAll(Visit visit, String staff, StaffScope scope) {
        List<String> forms = formsOf(visit, scope);
        if (forms.isEmpty()) {
            throw ApiProblem.notFound("Visit " + visit.ticket() + " has no forms to print.");
        }
        return renderAll(visit, forms, staff);
    }

    private RenderedForm renderAll(Visit visit, List<String> formIds, String staff) {
        FormDataBuilder data = builderOf(visit);
        // The My Number is decrypted only for a print that has its boxes, and only for that render.
        List<String> withBoxes = formIds.stream().filter(this::hasMyNumberBoxes).toList();
        if (!withBoxes.isEmpty()) {
            myNumbers.reveal(visit.id(), "print " + String.join(",", withBoxes), staff)
                    .ifPresent(digits -> data.put(MY_NUMBER, digits));
        }
        try {
            return renderer.renderAll(formIds, data.build());
        } catch (InvalidFormDataException e) {
            throw new ApiProblem(422, "The stored visit cannot fill this form: "
                    + e.getMessage(), e.field());
        }
    }

    /** Whether the form prints the My Number (in its 12 boxes): only then is it decrypted for a print. */
    public boolean hasMyNumberBoxes(String formId) {
        return renderer.definition(formId).stream().flatMap(form -> form.elements().stream())
                .anyMatch(element -> element.source().filter(MY_NUMBER::equals).isPresent());
    }

    private FormDataBuilder builderOf(Visit visit) {
        return FormDataBuilder.forResident(visit.resident())
                .visit(visit.id(), visit.visitDate(), visit.ticket().toString(), visit.lifeEvent())
                .impliedAnswers(procedures.lifeEvent(visit.lifeEvent()).map(e -> e.impliedAnswers()).orElse(java.util.Map.of()));
    }
}
