package jp.kakanai.kiosk.app;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.kakanai.kiosk.hours.ReceptionHours;

/** {@code POST /api/help-ticket {reason}}: a ticket to the staff desk for a resident the kiosk cannot check in. */
@Path("api/help-ticket")
@Produces(MediaType.APPLICATION_JSON)
public final class HelpResource {
    private final HelpTickets tickets;
    private final SessionMeter metrics;
    private final ReceptionHours hours;

    @Inject
    public HelpResource(HelpTickets tickets, SessionMeter metrics, ReceptionHours hours) {
        this.tickets = tickets;
        this.metrics = metrics;
        this.hours = hours;
    }

    public record HelpRequest(String reason) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public CheckInAnswer request(HelpRequest request) {
        CheckInAnswer answer = tickets.request(request == null ? null : request.reason());
        if (answer.outcome().equals("accepted")) {
            metrics.ticket("help-ticket");
        }
        if (answer.receptionClosed()) {
            hours.refusedForTheHour();
        }
        return answer;
    }
}
