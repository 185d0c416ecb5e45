package jp.kakanai.server.kiosk;

import java.time.Instant;
import java.util.List;

/** Procedures a kiosk added to a visit at the same resident's second check-in of the day. */
public record VisitAddition(String id, String visitId, String kioskId, String lifeEvent, List<String> procedures,
                            Instant addedAt) {
    public VisitAddition {
        procedures = List.copyOf(procedures);
    }
}
