package jp.kakanai.server.queue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.kakanai.server.api.ApiProblem;
import org.springframework.stereotype.Component;
import jp.kakanai.server.audit.NoPersonalData;

/**
 * The display board in the hall: public, so it shows ticket numbers and counters only, never a name.
 */
@Component
@Path("/board")
@NoPersonalData("public: ticket numbers, counters and waiting figures only")
@Produces(MediaType.APPLICATION_JSON)
public class BoardResource {
    private final QueueService queue;
    private final QueueBoard board;

    public BoardResource(QueueService queue, QueueBoard board) {
        this.queue = queue;
        this.board = board;
    }

    @GET
    public List<QueueBoard.DepartmentBoard> board() {
        return board.now();
    }

    /**
     * Where one ticket stands, for the resident's phone (the QR on the printed ticket leads here): the
     * department, how many wait before it, how long it has waited, and the counter once called. Ticket
     * numbers are public on the board anyway; this says nothing more about the person.
     */

    @GET
    @Path("/tickets/{ticketNumber}")
    public TicketStatus ticket(@PathParam("ticketNumber") String ticketNumber) {
        return queue.ticketStatus(ticketNumber.strip().toUpperCase(java.util.Locale.ROOT))
                .orElseThrow(() -> ApiProblem.notFound(
                        "Ticket " + ticketNumber + " is not waiting (finished, or not issued today)."));
    }
}
