package jp.kakanai.server.machine;

import jp.kakanai.forms.pack.TicketPurpose;
import java.util.Map;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.queue.Departments;
import jp.kakanai.server.queue.OpenTickets;
import jp.kakanai.server.queue.QueueEstimates;
import jp.kakanai.server.queue.TicketStatusLinks;
import jp.kakanai.server.queue.VisitTimeline;
import jp.kakanai.forms.pack.ReservationSettings;
import jp.kakanai.server.reservation.ReservationSettingsInForce;
import org.springframework.stereotype.Component;

/** A machine ticket as the machine prints it: names, where it stands in the queue now, the estimate, the link. */
@Component
class MachineTicketViews {
    private final TicketPurposes purposes;
    private final ReservationSettingsInForce reservable;
    private final OpenTickets openTickets;
    private final QueueEstimates estimates;
    private final Departments departments;
    private final TicketStatusLinks links;
    private final OfficeClock clock;

    MachineTicketViews(TicketPurposes purposes, ReservationSettingsInForce reservable, OpenTickets openTickets,
                       QueueEstimates estimates, Departments departments, TicketStatusLinks links, OfficeClock clock) {
        this.purposes = purposes;
        this.reservable = reservable;
        this.openTickets = openTickets;
        this.estimates = estimates;
        this.departments = departments;
        this.links = links;
        this.clock = clock;
    }

    MachineTicket of(MachineTickets.Row row) {
        int ahead = openTickets.ofVisit(row.visitId()).filter(t -> t.status() == VisitTimeline.Status.WAITING)
                .map(t -> openTickets.ahead(row.visitId())).orElse(0);
        int perHour = estimates.servedLastHour(clock.now()).getOrDefault(row.department(), 0);
        return new MachineTicket(row.ticketNumber(), row.department(), departmentName(row.department()), row.purpose(),
                purposeName(row), row.reservation().isPresent(), row.issuedAt(), ahead,
                QueueEstimates.minutes(ahead, perHour), links.of(row.ticketNumber()));
    }

    /** The button's name, or for a reserved ticket the reservation item's. */
    Map<String, String> purposeName(MachineTickets.Row row) {
        if (row.reservation().isPresent()) {
            return reservable.get().item(row.purpose()).map(ReservationSettings.Item::name)
                    .orElse(Map.of("ja", row.purpose(), "en", row.purpose()));
        }
        return purposes.find(row.purpose()).map(TicketPurpose::name).orElse(Map.of("ja", row.purpose(), "en", row.purpose()));
    }

    String departmentName(String department) {
        return departments.nameOf(department);
    }

    String prefixOf(String department) {
        return departments.prefixOf(department);
    }
}
