package jp.kakanai.server.kiosk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kakanai.server.queue.Departments;
import jp.kakanai.server.queue.QueueService;
import jp.kakanai.server.queue.TicketIssuer;
import jp.kakanai.server.queue.IssuedTicket;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tickets for residents the kiosk could not check in: today's ticket at the help desk's department, in the
 * same number sequence and queue as everyone (so the order stays the order of arrival), recorded with the
 * reason for the clerk.
 */
@Service
public class HelpDesk {
    private final HelpRequestRepository requests;
    private final TicketIssuer tickets;
    private final QueueService queue;
    private final Departments departments;
    private final String department;

    public HelpDesk(HelpRequestRepository requests, TicketIssuer tickets, QueueService queue, Departments departments,
                    KioskProperties properties) {
        this.requests = requests;
        this.tickets = tickets;
        this.queue = queue;
        this.departments = departments;
        this.department = properties.helpDepartment().orElse(departments.all().get(0).id());
        if (!departments.exists(department)) {
            throw new IllegalArgumentException("Kakanai configuration: kakanai.kiosk.help-department names no"
                    + " department: '" + department + "'");
        }
    }

    /** The request already made under this id by this kiosk (a retry), if any. */
    @Transactional(readOnly = true)
    public Optional<HelpRequest> existing(String kioskId, String id) {
        return requests.find(id).filter(r -> r.kioskId().equals(kioskId));
    }

    /**
     * A new ticket at the help desk. A concurrent retry with the same id fails the insert
     * (DuplicateKeyException) and rolls this back, ticket number included; the caller then reads the first.
     */
    @Transactional
    public HelpRequest open(String kioskId, String id, HelpReason reason) {
        // The arrival time is the ticket's, read under the department's ticket lock: numbers follow arrivals.
        IssuedTicket issued = tickets.issueOnArrival(departments.prefixOf(department));
        HelpRequest request = new HelpRequest(id, kioskId, reason, issued.day(), issued.number().toString(), department,
                issued.at());
        requests.insert(request);
        queue.issued(id, department, issued.number(), issued.at());
        return request;
    }

    @Transactional(readOnly = true)
    public List<HelpRequest> ofDay(LocalDate day) {
        return requests.ofDay(day);
    }

    public String departmentName(String id) {
        return departments.nameOf(id);
    }
}
