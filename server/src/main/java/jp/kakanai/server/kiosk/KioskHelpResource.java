package jp.kakanai.server.kiosk;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.api.QueryDates;
import jp.kakanai.server.audit.NoPersonalData;
import jp.kakanai.server.queue.TicketStatusLinks;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * {@code /api/kiosk/help-requests}: a kiosk asks for a ticket to the staff desk for a resident it could not
 * check in ({@code PUT /{id}}, device token; the same id again answers the same ticket), and the clerks'
 * list shows the day's requests with their reasons ({@code GET}, staff).
 */
@Component
@Path("/kiosk/help-requests")
@Produces(MediaType.APPLICATION_JSON)
public class KioskHelpResource {
    private final HelpDesk desk;
    private final TicketStatusLinks statusLinks;
    private final OfficeClock clock;

    public KioskHelpResource(HelpDesk desk, TicketStatusLinks statusLinks, OfficeClock clock) {
        this.desk = desk;
        this.statusLinks = statusLinks;
        this.clock = clock;
    }

    public record HelpRequestBody(String reason) {
    }

    /** The kiosk's answer: the ticket and, when the town has a public address, the phone's status page. */
    public record HelpTicket(String ticketNumber, String department, Optional<String> statusUrl) {
    }

    /** A request on the clerks' list. */
    public record HelpRequestView(String id, String ticketNumber, String reason, String reasonText, String department,
                                  String departmentName, String kioskId, OffsetDateTime requestedAt) {
        static HelpRequestView of(HelpRequest r, String departmentName) {
            return new HelpRequestView(r.id(), r.ticketNumber(), r.reason().id(), r.reason().forClerk(), r.department(),
                    departmentName, r.kioskId(), r.requestedAt().atZone(OfficeClock.ZONE).toOffsetDateTime());
        }
    }

    @NoPersonalData("a help ticket: a reason and a ticket number; the kiosk keeps nothing of the resident")
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(@PathParam("id") String id, HelpRequestBody body, @Context SecurityContext security) {
        if (id == null || !id.matches("[A-Za-z0-9-]{8,36}")) {
            throw ApiProblem.badField("id", "A help request id is 8-36 letters, digits or '-'.");
        }
        HelpReason reason = Optional.ofNullable(body).map(HelpRequestBody::reason).flatMap(HelpReason::byId)
                .orElseThrow(() -> ApiProblem.badField("reason", "The reason must be one of " + HelpReason.ids() + "."));
        String kioskId = security.getUserPrincipal().getName();
        Optional<HelpRequest> earlier = desk.existing(kioskId, id);
        if (earlier.isPresent()) {
            return Response.ok(ticket(earlier.get())).build();
        }
        try {
            return Response.status(201).entity(ticket(desk.open(kioskId, id, reason))).build();
        } catch (DuplicateKeyException concurrentRetry) {
            return Response.ok(ticket(desk.existing(kioskId, id).orElseThrow(
                    () -> ApiProblem.conflict("This help request id is taken.")))).build();
        }
    }

    /** The help requests of one day (Asia/Tokyo), today when no date is given. */
    @NoPersonalData("the day's help tickets: numbers and reasons, no resident")
    @GET
    public List<HelpRequestView> ofDay(@QueryParam("date") String date) {
        return desk.ofDay(QueryDates.parse("date", date, clock.today())).stream()
                .map(r -> HelpRequestView.of(r, desk.departmentName(r.department()))).toList();
    }

    private HelpTicket ticket(HelpRequest request) {
        return new HelpTicket(request.ticketNumber(), request.department(), statusLinks.of(request.ticketNumber()));
    }
}
