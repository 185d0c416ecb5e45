package jp.kakanai.server.visit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.server.OfficeClock;

/** A visit as the staff API shows it: times in Asia/Tokyo with their offset, and its printable forms. */
public record VisitView(
        String id,
        String ticketNumber,
        LocalDate visitDate,
        OffsetDateTime checkedInAt,
        String kioskId,
        String lifeEvent,
        BasicFourInfo resident,
        List<String> procedures,
        List<String> forms) {

    static VisitView of(Visit visit, List<String> forms) {
        return new VisitView(visit.id(), visit.ticket().toString(), visit.visitDate(),
                visit.checkedInAt().atZone(OfficeClock.ZONE).toOffsetDateTime(), visit.kioskId(),
                visit.lifeEvent(), visit.resident(), visit.procedures(), forms);
    }
}
