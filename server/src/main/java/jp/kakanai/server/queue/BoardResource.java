package jp.kakanai.server.queue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.publicqueue.PublicAnswers;
import jp.kakanai.server.publicqueue.PublicSnapshots;
import org.springframework.stereotype.Component;
import jp.kakanai.server.audit.NoPersonalData;

/**
 * The display board in the hall and the resident's phone page: public, so ticket numbers, counters and
 * waiting figures only, never a name. Both answer from the published snapshot (at most a second old) and
 * nothing else, so this resource needs no access to the visits or the queue's tables.
 */
@Component
@Path("/board")
@NoPersonalData("public: ticket numbers, counters and waiting figures only")
@Produces(MediaType.APPLICATION_JSON)
public class BoardResource {
    private final PublicSnapshots snapshots;

    public BoardResource(PublicSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** The board, with an ETag: a board that sends it back gets 304 while nothing on it changed. */
    @GET
    public Response board(@Context Request request) {
        return PublicAnswers.of(request, snapshots.current().board());
    }

    /** Where one ticket stands, for the resident's phone (the QR on the printed ticket leads here). */
    @GET
    @Path("/tickets/{ticketNumber}")
    public Response ticket(@PathParam("ticketNumber") String ticketNumber, @Context Request request) {
        return PublicAnswers.of(request, snapshots.current().ticket(ticketNumber)
                .orElseThrow(() -> ApiProblem.notFound(
                        "Ticket " + ticketNumber + " is not waiting (finished, or not issued today).")));
    }
}
