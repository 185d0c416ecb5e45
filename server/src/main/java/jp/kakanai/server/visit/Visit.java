package jp.kakanai.server.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.server.queue.TicketNumber;

/** A resident's visit as stored: who, why, which procedures, the ticket and when they checked in (UTC). */
public record Visit(
        String id,
        TicketNumber ticket,
        LocalDate visitDate,
        Instant checkedInAt,
        String kioskId,
        String lifeEvent,
        BasicFourInfo resident,
        List<String> procedures) {

    public Visit {
        procedures = List.copyOf(procedures);
    }
}
