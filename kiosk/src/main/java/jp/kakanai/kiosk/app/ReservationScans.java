package jp.kakanai.kiosk.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;
import jp.kakanai.kiosk.checkin.ReservationClient;
import jp.kakanai.kiosk.checkin.ServerReply;

/**
 * A 来庁予約 QR read at the card kiosk (issue 18): the code is kept in the session and goes with the check-in,
 * where the server decides whether it gives a reserved ticket (docs/queue.md, Reservations). Looked up first
 * for the page ("予約を確認しました (10:30–11:00)"): an unknown code is not kept; when the server is away it is
 * kept unchecked.
 */
public final class ReservationScans {
    private final KioskSession session;
    private final ReservationClient reservations;

    public ReservationScans(KioskSession session, ReservationClient reservations) {
        this.session = Objects.requireNonNull(session);
        this.reservations = Objects.requireNonNull(reservations);
    }

    /** What the page shows: {@code code}, {@code state} (BOOKED, USED, CANCELLED, UNKNOWN, UNCHECKED) and the slot. */
    public Map<String, String> accept(String code) {
        ServerReply<JsonNode> reply = reservations.find(code);
        if (reply instanceof ServerReply.Refused<JsonNode> refused && refused.status() == 404) {
            return Map.of("code", code, "state", "UNKNOWN");
        }
        session.reservation(code);
        if (reply instanceof ServerReply.Answered<JsonNode> found) {
            JsonNode r = found.value();
            return Map.of("code", r.path("code").asText(code), "state", r.path("status").asText(),
                    "date", r.path("date").asText(), "from", r.path("from").asText(), "to", r.path("to").asText(),
                    "departmentName", r.path("departmentName").asText());
        }
        return Map.of("code", code, "state", "UNCHECKED");
    }
}
