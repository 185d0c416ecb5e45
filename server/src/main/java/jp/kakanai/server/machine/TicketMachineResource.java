package jp.kakanai.server.machine;

import jp.kakanai.forms.pack.TicketPurpose;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.api.QueryDates;
import jp.kakanai.server.visit.IdempotencyKey;
import org.springframework.stereotype.Component;
import jp.kakanai.server.audit.NoPersonalData;

/**
 * {@code /api/tickets}: the ticket machine's purposes and its tickets. Issuing is for kiosks only (device
 * token; the principal's name is the kiosk id); see {@link TicketMachine}.
 */
@Component
@Path("/tickets")
@NoPersonalData("ticket numbers and purposes; a machine ticket carries no name")
@Produces(MediaType.APPLICATION_JSON)
public class TicketMachineResource {
    static final String REPLAYED = "Idempotent-Replayed";
    private final TicketMachine machine;
    private final TicketPurposes purposes;
    private final OfficeClock clock;

    public TicketMachineResource(TicketMachine machine, TicketPurposes purposes, OfficeClock clock) {
        this.machine = machine;
        this.purposes = purposes;
        this.clock = clock;
    }

    /** What the machine's buttons offer. */
    @GET
    @Path("/purposes")
    public List<TicketPurpose> purposes() {
        return purposes.all();
    }

    /** Staff: the machine's tickets of a day (Asia/Tokyo; today by default). */
    @GET
    public List<TicketMachine.Issued> ofDay(@QueryParam("date") String date) {
        return machine.ofDay(QueryDates.parse("date", date, clock.today()));
    }

    /**
     * {@code {"purpose": "certificate"}} or {@code {"reservation": "RSV-7K3M-92QX"}}: 201 with the ticket; 200
     * and {@value #REPLAYED} for a repeated key (or a reservation shown again).
     */
    public record TicketRequest(String purpose, String reservation) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(TicketRequest request, @HeaderParam(IdempotencyKey.HEADER) String key,
                          @Context SecurityContext security) {
        String kioskId = security.getUserPrincipal().getName();
        var idempotency = IdempotencyKey.fromHeader(kioskId, key);
        TicketMachine.Outcome outcome;
        if (request != null && request.reservation() != null && !request.reservation().isBlank()) {
            outcome = machine.issueReserved(kioskId, idempotency, request.reservation());
        } else if (request != null && request.purpose() != null && !request.purpose().isBlank()) {
            outcome = machine.issue(kioskId, idempotency, request.purpose().strip());
        } else {
            throw ApiProblem.badField("purpose", "Choose a purpose (see GET /api/tickets/purposes) or show a reservation.");
        }
        if (outcome.replayed()) {
            return Response.ok(outcome.ticket()).header(REPLAYED, "true").build();
        }
        return Response.status(Response.Status.CREATED).entity(outcome.ticket()).build();
    }
}
