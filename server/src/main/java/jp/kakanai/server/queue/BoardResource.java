package jp.kakanai.server.queue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Comparator;
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
    private final Departments departments;

    public BoardResource(QueueService queue, Departments departments) {
        this.queue = queue;
        this.departments = departments;
    }

    public record Called(String ticketNumber, String counter, Instant calledAt) {
    }

    public record DepartmentBoard(String department, String name, List<Called> called, int waiting,
                                  long longestWaitMinutes) {
    }

    @GET
    public List<DepartmentBoard> board() {
        LiveQueue live = queue.live();
        return departments.all().stream().map(d -> {
            List<Called> called = live.at(d.id(), VisitTimeline.Status.CALLED).stream()
                    .map(t -> new Called(t.ticketNumber(), t.counter().orElse(""), t.calledAt().orElse(live.now())))
                    .sorted((a, b) -> b.calledAt().compareTo(a.calledAt()))
                    .toList();
            var waiting = live.at(d.id(), VisitTimeline.Status.WAITING);
            long longest = waiting.stream().mapToLong(t -> t.waitingSeconds(live.now())).max().orElse(0) / 60;
            return new DepartmentBoard(d.id(), d.name().ja(), called, waiting.size(), longest);
        }).toList();
    }

    /**
     * Where one ticket stands, for the resident's phone (the QR on the printed ticket leads here): the
     * department, how many wait before it, how long it has waited, and the counter once called. Ticket
     * numbers are public on the board anyway; this says nothing more about the person.
     */
    public record TicketStatus(String ticketNumber, String department, String departmentName,
                               VisitTimeline.Status status, int ahead, long waitedMinutes, String counter) {
    }

    @GET
    @Path("/tickets/{ticketNumber}")
    public TicketStatus ticket(@PathParam("ticketNumber") String ticketNumber) {
        LiveQueue live = queue.live();
        // Numbers restart every day: the newest open ticket with this number is the resident's. A resident
        // sent on to another department follows the number printed at check-in and sees the new one.
        LiveQueue.Ticket ticket = live.tickets().stream()
                .filter(t -> t.answersTo(ticketNumber.strip()))
                .max(Comparator.comparing(LiveQueue.Ticket::enteredQueueAt))
                .orElseThrow(() -> ApiProblem.notFound(
                        "Ticket " + ticketNumber + " is not waiting (finished, or not issued today)."));
        int ahead = (int) live.at(ticket.department(), VisitTimeline.Status.WAITING).stream()
                .filter(t -> t.enteredQueueAt().isBefore(ticket.enteredQueueAt()))
                .count();
        return new TicketStatus(ticket.ticketNumber(), ticket.department(), departments.nameOf(ticket.department()),
                ticket.status(),
                ticket.status() == VisitTimeline.Status.WAITING ? ahead : 0,
                ticket.waitingSeconds(live.now()) / 60, ticket.counter().orElse(""));
    }
}
