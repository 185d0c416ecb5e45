package jp.kakanai.server.document;

import java.util.List;
import java.util.stream.Stream;
import jp.kakanai.forms.navigation.ProcedureCatalog;
import jp.kakanai.forms.pack.TownPack;
import jp.kakanai.forms.render.FormRenderer;
import jp.kakanai.forms.render.FormSummary;
import org.springframework.stereotype.Service;

/** Which forms a visit has and which of them print the My Number; the print itself is {@link VisitPrint}'s. */
@Service
public class VisitForms {
    public static final String MY_NUMBER = "resident.myNumber";
    private final FormRenderer renderer;
    private final ProcedureCatalog procedures;

    public VisitForms(FormRenderer renderer, TownPack pack) {
        this.renderer = renderer;
        this.procedures = pack.catalog();
    }

    /**
     * The printable forms of the visit's procedures, in the visit's order: a navigation procedure id
     * ({@code resident-move-in}) brings its catalog forms ({@code resident-change}); a form id stands for
     * itself. Forms the renderer has no layout for yet are left out.
     */
    public List<String> formsOf(jp.kakanai.server.visit.Visit visit) {
        return visit.procedures().stream()
                .flatMap(id -> procedures.procedure(id).map(p -> p.formIds().stream()).orElse(Stream.of(id)))
                .distinct().filter(renderer::hasForm).toList();
    }

    public List<FormSummary> catalog() {
        return renderer.forms();
    }

    /** Whether the form prints the My Number (in its 12 boxes): only then is it decrypted for a print. */
    public boolean hasMyNumberBoxes(String formId) {
        return renderer.definition(formId).stream().flatMap(form -> form.elements().stream())
                .anyMatch(element -> element.source().filter(MY_NUMBER::equals).isPresent());
    }
}
