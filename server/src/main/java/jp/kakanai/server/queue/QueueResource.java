package jp.kakanai.server.queue;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import jp.kakanai.forms.text.TextProblem;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.security.StaffScope;
import jp.kakanai.server.visit.VisitRepository;
import org.springframework.stereotype.Component;
import jp.kakanai.server.audit.AccessAction;
import jp.kakanai.server.audit.NoPersonalData;
import jp.kakanai.server.audit.RecordedWhenRefused;

/**
 * The clerks' side of the queue: who waits where, and every step they take with a ticket. A department clerk
 * acts only on tickets at its departments ({@link DepartmentDuty}); a refused step is in the access log.
 */
@Component
@Path("/queue")
@NoPersonalData("ticket numbers, departments and times; each step is a queue event naming the clerk")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QueueResource {
    private final QueueService queue;
    private final VisitRepository visits;

    public QueueResource(QueueService queue, VisitRepository visits) {
        this.queue = queue;
        this.visits = visits;
    }

    /** The counter a step is taken at, e.g. {@code {"counter": "3番窓口"}}; at most 32 code points (V151). */
    public record CounterRequest(String counter) {
        static final int MAX_COUNTER = 32;

        Counter by(SecurityContext security) {
            if (counter == null || TextProblem.ofName(counter, MAX_COUNTER).isPresent()) {
                throw ApiProblem.badField("counter", "Name the counter (1-" + MAX_COUNTER + " visible characters).");
            }
            return new Counter(counter.strip(), security.getUserPrincipal().getName());
        }
    }

    @GET
    public List<LiveQueue.Ticket> tickets() {
        return queue.live().tickets();
    }

    /** 200 with the called ticket, or 204 when nobody waits at the department. */
    @POST
    @Path("/{department}/call-next")
    @RecordedWhenRefused(value = AccessAction.QUEUE_STEP_REFUSED, purpose = "department")
    public Response callNext(@PathParam("department") String department, CounterRequest request,
                             @Context SecurityContext security) {
        return queue.callNext(department, counterOf(request, security), StaffScope.current())
                .map(ticket -> Response.ok(ticket).build()).orElse(Response.noContent().build());
    }

    @POST
    @Path("/visits/{visitId}/recall")
    @RecordedWhenRefused(value = AccessAction.QUEUE_STEP_REFUSED, visit = "visitId")
    public LiveQueue.Ticket recall(@PathParam("visitId") String visitId, CounterRequest request,
                                   @Context SecurityContext security) {
        return queue.recall(visitId, counterOf(request, security), StaffScope.current());
    }

    @POST
    @Path("/visits/{visitId}/no-show")
    @RecordedWhenRefused(value = AccessAction.QUEUE_STEP_REFUSED, visit = "visitId")
    public LiveQueue.Ticket noShow(@PathParam("visitId") String visitId, CounterRequest request,
                                   @Context SecurityContext security) {
        return queue.noShow(visitId, counterOf(request, security), StaffScope.current());
    }

    @POST
    @Path("/visits/{visitId}/start")
    @RecordedWhenRefused(value = AccessAction.QUEUE_STEP_REFUSED, visit = "visitId")
    public LiveQueue.Ticket start(@PathParam("visitId") String visitId, CounterRequest request,
                                  @Context SecurityContext security) {
        return queue.startService(visitId, counterOf(request, security), StaffScope.current());
    }

    @POST
    @Path("/visits/{visitId}/procedures/{procedureId}/done")
    @RecordedWhenRefused(value = AccessAction.QUEUE_STEP_REFUSED, visit = "visitId", purpose = "procedureId")
    public LiveQueue.Ticket procedureDone(@PathParam("visitId") String visitId,
                                          @PathParam("procedureId") String procedureId, CounterRequest request,
                                          @Context SecurityContext security) {
        return queue.procedureDone(visits.require(visitId), procedureId, counterOf(request, security),
                StaffScope.current());
    }

    /**
     * Sends the resident on to the next department with work on the checklist (200 with that department's
     * new ticket) or, when the checklist is finished, closes the visit (204); a ticket machine's ticket
     * has no checklist and closes (204).
     */
    @POST
    @Path("/visits/{visitId}/finish")
    @RecordedWhenRefused(value = AccessAction.QUEUE_STEP_REFUSED, visit = "visitId")
    public Response finish(@PathParam("visitId") String visitId, CounterRequest request,
                           @Context SecurityContext security) {
        Counter counter = counterOf(request, security);
        var visit = visits.findById(visitId);
        if (visit.isEmpty()) {
            // A ticket machine's ticket: no checklist to follow, the service ends the visit.
            queue.finishTicketOnly(visitId, counter, StaffScope.current());
            return Response.noContent().build();
        }
        return queue.finishHere(visit.get(), counter, StaffScope.current())
                .map(ticket -> Response.ok(ticket).build()).orElse(Response.noContent().build());
    }

    @POST
    @Path("/visits/{visitId}/close")
    @RecordedWhenRefused(value = AccessAction.QUEUE_STEP_REFUSED, visit = "visitId")
    public Response close(@PathParam("visitId") String visitId, CounterRequest request,
                          @Context SecurityContext security) {
        queue.close(visitId, counterOf(request, security), StaffScope.current());
        return Response.noContent().build();
    }

    private static Counter counterOf(CounterRequest request, SecurityContext security) {
        if (request == null) {
            throw ApiProblem.badField("counter", "Name the counter (1-32 characters).");
        }
        return request.by(security);
    }
}
