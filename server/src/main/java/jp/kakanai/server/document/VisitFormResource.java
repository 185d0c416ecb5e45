package jp.kakanai.server.document;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jp.kakanai.forms.render.RenderedForm;
import jp.kakanai.server.visit.Visit;
import jp.kakanai.server.visit.VisitRepository;
import org.springframework.stereotype.Component;

/**
 * A visit's prefilled forms as PDFs, for staff only: a kiosk stands in a public hall, and a stolen
 * kiosk token must not print residents' data (see {@link PdfResponses}).
 */
@Component
@Path("/visits/{id}/forms")
@Produces("application/pdf")
public class VisitFormResource {
    private final VisitRepository visits;
    private final VisitPrint print;

    public VisitFormResource(VisitRepository visits, VisitPrint print) {
        this.visits = visits;
        this.print = print;
    }

    @GET
    @Path("/{formId}.pdf")
    public Response one(@PathParam("id") String id, @PathParam("formId") String formId,
                        @Context SecurityContext security) {
        Visit visit = visits.require(id);
        return pdf(print.renderOne(visit, formId, staffOf(security)), visit.ticket() + "-" + formId + ".pdf");
    }

    /**
     * The visit's print (一括印刷): the cover sheet and every form, the same PDF as the counter interview's print;
     * {@code all} is no form id.
     */
    @GET
    @Path("/all.pdf")
    public Response all(@PathParam("id") String id, @Context SecurityContext security) {
        Visit visit = visits.require(id);
        return pdf(print.render(visit, staffOf(security)), visit.ticket() + "-forms.pdf");
    }

    private static String staffOf(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }

    private static Response pdf(RenderedForm rendered, String fileName) {
        return PdfResponses.inline(rendered, fileName);
    }
}
