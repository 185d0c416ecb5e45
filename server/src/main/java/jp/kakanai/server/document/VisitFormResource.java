package jp.kakanai.server.document;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jp.kakanai.forms.render.RenderedForm;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.security.StaffScope;
import jp.kakanai.server.visit.Visit;
import jp.kakanai.server.visit.VisitRepository;
import org.springframework.stereotype.Component;
import jp.kakanai.server.audit.AccessAction;
import jp.kakanai.server.audit.PersonalData;

/**
 * A visit's prefilled forms as PDFs, for staff only: a kiosk stands in a public hall, and a stolen
 * kiosk token must not print residents' data (see {@link PdfResponses}).
 */
@Component
@Path("/visits/{id}/forms")
@Produces("application/pdf")
public class VisitFormResource {
    private final VisitRepository visits;
    private final VisitForms forms;
    private final VisitPrint print;

    public VisitFormResource(VisitRepository visits, VisitForms forms, VisitPrint print) {
        this.visits = visits;
        this.forms = forms;
        this.print = print;
    }

    @GET
    @Path("/{formId}.pdf")
    @PersonalData(value = AccessAction.PRINT_FORM, visit = "id", purpose = "formId")
    public Response one(@PathParam("id") String id, @PathParam("formId") String formId,
                        @Context SecurityContext security) {
        Visit visit = visible(id);
        return pdf(print.renderOne(visit, formId, staffOf(security), StaffScope.current()),
                visit.ticket() + "-" + formId + ".pdf");
    }

    /**
     * The visit's print (一括印刷): the cover sheet and every form, the same PDF as the counter interview's print;
     * {@code all} is no form id.
     */
    @GET
    @Path("/all.pdf")
    @PersonalData(value = AccessAction.PRINT_ALL, visit = "id")
    public Response all(@PathParam("id") String id, @Context SecurityContext security) {
        Visit visit = visible(id);
        return pdf(print.render(visit, staffOf(security), StaffScope.current()), visit.ticket() + "-forms.pdf");
    }

    /** A department clerk's visits are those their departments work on; another one answers as if it did not exist. */
    private Visit visible(String id) {
        Visit visit = visits.require(id);
        if (!forms.visibleTo(visit, StaffScope.current())) {
            throw ApiProblem.notFound("No visit with id '" + id + "'.");
        }
        return visit;
    }

    private static String staffOf(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }

    private static Response pdf(RenderedForm rendered, String fileName) {
        return PdfResponses.inline(rendered, fileName);
    }
}
