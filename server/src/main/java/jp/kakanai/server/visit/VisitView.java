package jp.kakanai.server.visit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.text.Redacted;
import jp.kakanai.server.OfficeClock;

/**
 * A visit as the staff API shows it: times in Asia/Tokyo with their offset, its printable forms, and its
 * My Number masked to the last four digits (staff never see more; the forms print it). {@code origin} is
 * {@code kiosk} or {@code desk}; {@code startedBy} the kiosk's id or the clerk's name.
 */
public record VisitView(
        String id,
        String ticketNumber,
        LocalDate visitDate,
        OffsetDateTime checkedInAt,
        Optional<String> kioskId,
        String origin,
        String startedBy,
        String lifeEvent,
        BasicFourInfo resident,
        List<String> procedures,
        List<String> forms,
        String myNumber) {
    @Override
    public String toString() {
        return Redacted.record(this, "id", "ticketNumber", "visitDate", "checkedInAt", "kioskId", "origin", "startedBy", "lifeEvent", "resident", "procedures", "forms");
    }


    /** @param maskedMyNumber {@code ********9018}, or null when none is stored (any more) */
    static VisitView of(Visit visit, List<String> forms, String maskedMyNumber) {
        return new VisitView(visit.id(), visit.ticket().toString(), visit.visitDate(),
                visit.checkedInAt().atZone(OfficeClock.ZONE).toOffsetDateTime(), visit.kioskId(),
                visit.origin().kind().id(), visit.origin().by(),
                visit.lifeEvent(), visit.resident(), visit.procedures(), forms, maskedMyNumber);
    }
}
