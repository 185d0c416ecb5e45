package jp.kakanai.server.document;

import java.util.List;
import java.util.stream.Stream;
import jp.kakanai.forms.navigation.ProcedureCatalog;
import jp.kakanai.forms.render.FormRenderer;
import jp.kakanai.forms.render.FormSummary;
import jp.kakanai.server.townpack.TownPacks;
import jp.kakanai.server.visit.Visit;
import org.springframework.stereotype.Service;

/**
 * Which forms a visit has (in the pack version the visit was started on) and which of them print the My Number;
 * the print itself is {@link VisitPrint}'s.
 */
@Service
public class VisitForms {
    public static final String MY_NUMBER = "resident.myNumber";
    private final TownPacks packs;

    public VisitForms(TownPacks packs) {
        this.packs = packs;
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

    /** Whether the form prints the My Number (in its 12 boxes): only then is it decrypted for a print. */
    public static boolean hasMyNumberBoxes(FormRenderer renderer, String formId) {
        return renderer.definition(formId).stream().flatMap(form -> form.elements().stream())
                .anyMatch(element -> element.source().filter(MY_NUMBER::equals).isPresent());
    }
}
