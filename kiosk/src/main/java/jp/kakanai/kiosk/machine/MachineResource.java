package jp.kakanai.kiosk.machine;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kakanai.forms.homeqr.HomeQrSymbol;
import jp.kakanai.kiosk.checkin.IdempotencyKey;
import jp.kakanai.kiosk.checkin.ServerReply;

/**
 * The ticket machine page's local API ({@code /api/machine}, served to the browser on the same PC only):
 * the purposes to show as buttons, and a ticket for the one pressed, with its QR code to the phone page.
 */
@Path("api/machine")
@Produces(MediaType.APPLICATION_JSON)
public final class MachineResource {
    private final TicketMachineClient client;

    public MachineResource(TicketMachineClient client) {
        this.client = client;
    }

    @GET
    @Path("purposes")
    public List<MachinePurpose> purposes() {
        return List.of(answered(client.purposes()));
    }

    /** The button pressed, {@code {"purpose": "certificate"}}, or a reservation shown, {@code {"reservation": "RSV-…"}}. */
    public record Press(String purpose, String reservation) {
    }

    /** The ticket to show and print; {@code statusQr} is an SVG data URL of {@code statusUrl}. */
    public record PrintedTicket(MachineTicket ticket, Optional<String> statusQr) {
    }

    @POST
    @Path("tickets")
    @Consumes(MediaType.APPLICATION_JSON)
    public PrintedTicket issue(Press press) {
        MachineTicket ticket;
        if (press != null && press.reservation() != null && !press.reservation().isBlank()) {
            ticket = answered(client.issueReserved(press.reservation().strip(), IdempotencyKey.random()));
        } else if (press != null && press.purpose() != null && !press.purpose().isBlank()) {
            ticket = answered(client.issue(press.purpose(), IdempotencyKey.random()));
        } else {
            throw problem(400, "Choose a purpose.", Optional.of("purpose"));
        }
        return new PrintedTicket(ticket, ticket.statusUrl().map(url -> "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(HomeQrSymbol.of(url).svg().getBytes(StandardCharsets.UTF_8))));
    }

    private static <T> T answered(ServerReply<T> reply) {
        if (reply instanceof ServerReply.Answered<T> answered) {
            return answered.value();
        }
        if (reply instanceof ServerReply.Refused<T> refused) {
            throw problem(refused.status(), refused.error(), refused.field());
        }
        throw problem(503, "The server cannot be reached: " + ((ServerReply.Unreachable<T>) reply).detail(),
                Optional.empty());
    }

    private static WebApplicationException problem(int status, String error, Optional<String> field) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        field.ifPresent(f -> body.put("field", f));
        return new WebApplicationException(error, Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body).build());
    }
}
