package jp.kakanai.server.interview;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jp.kakanai.forms.checkin.CheckInReceipt;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.document.PdfResponses;
import org.springframework.stereotype.Component;
import jp.kakanai.server.audit.AccessAction;
import jp.kakanai.server.audit.PersonalData;

/** The counter interview, for staff: start or take over a visit, fill it in, confirm, print everything. */
@Component
@Path("/interviews")
@Produces(MediaType.APPLICATION_JSON)
public class InterviewResource {
    private final InterviewService interviews;

    public InterviewResource(InterviewService interviews) {
        this.interviews = interviews;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PersonalData(value = AccessAction.START_INTERVIEW, visit = PersonalData.FROM_ANSWER)
    public Response start(InterviewRequests.Start start, @Context SecurityContext caller, @Context UriInfo uri) {
        CheckInReceipt receipt = interviews.start(required(start, "lifeEvent"), clerk(caller));
        return Response.created(uri.getAbsolutePathBuilder().path(receipt.visitId()).build()).entity(receipt).build();
    }

    @POST
    @Path("/take-over")
    @PersonalData(value = AccessAction.START_INTERVIEW, visit = PersonalData.FROM_ANSWER)
    @Consumes(MediaType.APPLICATION_JSON)
    public CheckInReceipt takeOver(InterviewRequests.TakeOver takeOver, @Context SecurityContext caller) {
        return interviews.takeOver(required(takeOver, "ticketNumber"), clerk(caller));
    }

    @GET
    @Path("/{visitId}")
    @PersonalData(value = AccessAction.VIEW_INTERVIEW, visit = "visitId")
    public InterviewView get(@PathParam("visitId") String visitId) {
        return interviews.view(visitId);
    }

    @PUT
    @Path("/{visitId}")
    @PersonalData(value = AccessAction.CHANGE_INTERVIEW, visit = "visitId")
    @Consumes(MediaType.APPLICATION_JSON)
    public InterviewView update(@PathParam("visitId") String visitId, InterviewRequests.Update update,
                                @Context SecurityContext caller) {
        return interviews.update(visitId, required(update, "version"), clerk(caller));
    }

    @GET
    @Path("/{visitId}/confirmation")
    @PersonalData(value = AccessAction.VIEW_INTERVIEW, visit = "visitId")
    public Confirmation confirmation(@PathParam("visitId") String visitId) {
        return interviews.confirmation(visitId);
    }

    @POST
    @Path("/{visitId}/confirmation")
    @PersonalData(value = AccessAction.CHANGE_INTERVIEW, visit = "visitId")
    @Consumes(MediaType.APPLICATION_JSON)
    public Confirmation confirm(@PathParam("visitId") String visitId, InterviewRequests.Confirm confirm,
                                @Context SecurityContext caller) {
        return interviews.confirm(visitId, required(confirm, "version"), clerk(caller));
    }

    /** 一括印刷: the cover sheet and every form of the visit in walking order, one PDF. */
    @GET
    @Path("/{visitId}/print.pdf")
    @PersonalData(value = AccessAction.PRINT_INTERVIEW, visit = "visitId")
    @Produces("application/pdf")
    public Response print(@PathParam("visitId") String visitId, @Context SecurityContext caller) {
        InterviewService.Printout printout = interviews.print(visitId, clerk(caller));
        return PdfResponses.inline(printout.rendered(), printout.ticketNumber() + "-print.pdf");
    }

    private static <T> T required(T body, String field) {
        if (body == null) {
            throw ApiProblem.badField(field, "The request body is empty.");
        }
        return body;
    }

    private static String clerk(SecurityContext caller) {
        return caller.getUserPrincipal().getName();
    }
}
