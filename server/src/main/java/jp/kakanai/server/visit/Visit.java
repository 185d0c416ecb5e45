package jp.kakanai.server.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.server.queue.TicketNumber;

/**
 * A resident's visit as stored: who, why, which procedures, the ticket, when they checked in (UTC), and
 * where the visit started (a kiosk, or a clerk at the desk).
 */
public record Visit(
        String id,
        TicketNumber ticket,
        LocalDate visitDate,
        Instant checkedInAt,
        VisitOrigin origin,
        String lifeEvent,
        BasicFourInfo resident,
        List<String> procedures) {

    public Visit {
        procedures = List.copyOf(procedures);
    }

    /** The kiosk that checked the resident in; empty for a visit a clerk started at the desk. */
    public Optional<String> kioskId() {
        return origin.kioskId();
    }
}
