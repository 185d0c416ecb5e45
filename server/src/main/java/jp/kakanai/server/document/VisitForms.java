package jp.kakanai.server.document;

import java.util.List;
import java.util.stream.Stream;
import jp.kakanai.forms.navigation.ProcedureCatalog;
import jp.kakanai.forms.render.FormDataBuilder;
import jp.kakanai.forms.render.FormRenderer;
import jp.kakanai.forms.render.FormSummary;
import jp.kakanai.forms.render.InvalidFormDataException;
import jp.kakanai.forms.render.RenderedForm;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.privacy.MyNumberVault;
import jp.kakanai.server.townpack.TownPacks;
import jp.kakanai.server.visit.Visit;
import org.springframework.stereotype.Service;

/** The prefilled forms of a visit: which ones it has, and each one (or all of them) as a PDF. */
@Service
public class VisitForms {
    public static final String MY_NUMBER = "resident.myNumber";
    private final TownPacks packs;
    private final MyNumberVault myNumbers;

    public VisitForms(TownPacks packs, MyNumberVault myNumbers) {
        this.packs = packs;
        this.myNumbers = myNumbers;
    }

    /**
     * The printable forms of the visit's procedures, in the visit's order: a navigation procedure id
     * ({@code resident-move-in}) brings its catalog forms ({@code resident-change}); a form id stands for
     * itself. Forms the visit's pack version has no layout for are left out.
     */
    public List<String> formsOf(Visit visit) {
        TownPacks.InForce pack = packs.forVisit(visit.id());
        ProcedureCatalog procedures = pack.pack().catalog();
        return visit.procedures().stream()
                .flatMap(id -> procedures.procedure(id).map(p -> p.formIds().stream()).orElse(Stream.of(id)))
                .distinct().filter(pack.renderer()::hasForm).toList();
    }

    /** The forms of the version in force, id and title (for the staff pages' labels). */
    public List<FormSummary> catalog() {
        return packs.current().renderer().forms();
    }

    /** One form, printed for the staff member named (recorded when the My Number is decrypted for it). */
    public RenderedForm render(Visit visit, String formId, String staff) {
        if (!packs.forVisit(visit.id()).renderer().hasForm(formId)) {
            throw new ApiProblem(404, "No form '" + formId + "' exists.", "formId");
        }
        return renderAll(visit, List.of(formId), staff);
    }

    /** Every form of the visit in one PDF, for printing everything the resident signs at once. */
    public RenderedForm renderAll(Visit visit, String staff) {
        List<String> forms = formsOf(visit);
        if (forms.isEmpty()) {
            throw ApiProblem.notFound("Visit " + visit.ticket() + " has no forms to print.");
        }
        return renderAll(visit, forms, staff);
    }

    private RenderedForm renderAll(Visit visit, List<String> formIds, String staff) {
        TownPacks.InForce pack = packs.forVisit(visit.id());
        FormDataBuilder data = FormDataBuilder.forResident(visit.resident())
                .visit(visit.id(), visit.visitDate(), visit.ticket().toString(), visit.lifeEvent())
                .impliedAnswers(pack.pack().catalog().lifeEvent(visit.lifeEvent()).map(e -> e.impliedAnswers())
                        .orElse(java.util.Map.of()));
        // The My Number is decrypted only for a print that has its boxes, and only for that render.
        List<String> withBoxes = formIds.stream().filter(id -> hasMyNumberBoxes(pack.renderer(), id)).toList();
        if (!withBoxes.isEmpty()) {
            myNumbers.reveal(visit.id(), "print " + String.join(",", withBoxes), staff)
                    .ifPresent(digits -> data.put(MY_NUMBER, digits));
        }
        try {
            RenderedForm rendered = pack.renderer().renderAll(formIds, data.build());
            packs.recordPrint(visit.id(), formIds, pack, staff);
            return rendered;
        } catch (InvalidFormDataException e) {
            throw new ApiProblem(422, "The stored visit cannot fill this form: "
                    + e.getMessage(), e.field());
        }
    }

    /** Whether the form prints the My Number (in its 12 boxes): only then is it decrypted for a print. */
    public static boolean hasMyNumberBoxes(FormRenderer renderer, String formId) {
        return renderer.definition(formId).stream().flatMap(form -> form.elements().stream())
                .anyMatch(element -> element.source().filter(MY_NUMBER::equals).isPresent());
    }
}
