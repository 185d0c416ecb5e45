package jp.kakanai.server.document;

import java.util.List;
import java.util.stream.Stream;
import jp.kakanai.forms.navigation.ProcedureCatalog;
import jp.kakanai.forms.render.FormData;
import jp.kakanai.forms.render.FormDataBuilder;
import jp.kakanai.forms.render.FormRenderer;
import jp.kakanai.forms.render.FormSummary;
import jp.kakanai.forms.render.InvalidFormDataException;
import jp.kakanai.forms.render.RenderedForm;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.visit.Visit;
import org.springframework.stereotype.Service;

/** The prefilled forms of a visit: which ones it has, and each one (or all of them) as a PDF. */
@Service
public class VisitForms {
    private final FormRenderer renderer;
    private final ProcedureCatalog procedures = ProcedureCatalog.standard();

    public VisitForms(FormRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * The printable forms of the visit's procedures, in the visit's order: a navigation procedure id
     * ({@code resident-move-in}) brings its catalog forms ({@code resident-change}); a form id stands for
     * itself. Forms the renderer has no layout for yet are left out.
     */
    public List<String> formsOf(Visit visit) {
        return visit.procedures().stream()
                .flatMap(id -> procedures.procedure(id).map(p -> p.formIds().stream()).orElse(Stream.of(id)))
                .distinct().filter(renderer::hasForm).toList();
    }

    public List<FormSummary> catalog() {
        return renderer.forms();
    }

    public RenderedForm render(Visit visit, String formId) {
        if (!renderer.hasForm(formId)) {
            throw new ApiProblem(404, "No form '" + formId + "' exists.", "formId");
        }
        return renderAll(visit, List.of(formId));
    }

    /** Every form of the visit in one PDF, for printing everything the resident signs at once. */
    public RenderedForm renderAll(Visit visit) {
        List<String> forms = formsOf(visit);
        if (forms.isEmpty()) {
            throw ApiProblem.notFound("Visit " + visit.ticket() + " has no forms to print.");
        }
        return renderAll(visit, forms);
    }

    private RenderedForm renderAll(Visit visit, List<String> formIds) {
        try {
            return renderer.renderAll(formIds, dataOf(visit));
        } catch (InvalidFormDataException e) {
            throw new ApiProblem(422, "The stored visit cannot fill this form: "
                    + e.getMessage(), e.field());
        }
    }

    static FormData dataOf(Visit visit) {
        return FormDataBuilder.forResident(visit.resident())
                .visit(visit.id(), visit.visitDate(), visit.ticket().toString(), visit.lifeEvent())
                .build();
    }
}
