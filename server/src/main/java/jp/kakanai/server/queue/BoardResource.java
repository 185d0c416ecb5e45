package jp.kakanai.server.queue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kakanai.server.api.ApiProblem;
import org.springframework.stereotype.Component;

/**
 * The display board in the hall: public, so it shows ticket numbers and counters only, never a name.
 */
@Component
@Path("/board")
@Produces(MediaType.APPLICATION_JSON)
public class BoardResource {
    private final QueueService queue;
    private final Departments departments;
    private final QueueEstimates estimates;

    public BoardResource(QueueService queue, Departments departments, QueueEstimates estimates) {
        this.queue = queue;
        this.departments = departments;
        this.estimates = estimates;
    }

    public record Called(String ticketNumber, String counter, Instant calledAt) {
    }

    /**
     * One department on the board: the calls (newest first), how many wait, the longest wait so far, and
     * about how long a resident arriving now will wait ({@link QueueEstimates}; empty: no estimate yet).
     */
    public record DepartmentBoard(String department, String name, List<Called> called, int waiting,
                                  long longestWaitMinutes, Optional<Long> estimatedWaitMinutes) {
    }

    @GET
    public List<DepartmentBoard> board() {
        LiveQueue live = queue.live();
        Map<String, Integer> perHour = estimates.servedLastHour(live.now());
        return departments.all().stream().map(d -> {
            List<Called> called = live.at(d.id(), VisitTimeline.Status.CALLED).stream()
                    .map(t -> new Called(t.ticketNumber(), t.counter().orElse(""), t.calledAt().orElse(live.now())))
                    .sorted((a, b) -> b.calledAt().compareTo(a.calledAt()))
                    .toList();
            var waiting = live.at(d.id(), VisitTimeline.Status.WAITING);
            long longest = waiting.stream().mapToLong(t -> t.waitingSeconds(live.now())).max().orElse(0) / 60;
            return new DepartmentBoard(d.id(), d.name().ja(), called, waiting.size(), longest,
                    QueueEstimates.minutes(waiting.size(), perHour.getOrDefault(d.id(), 0)));
        }).toList();
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
