package jp.kakanai.kiosk.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import jp.kakanai.forms.checkin.CheckInReceipt;
import jp.kakanai.forms.homeqr.HomeQrPayload;
import jp.kakanai.forms.text.Redacted;
import jp.kakanai.kiosk.card.CardReading;

/**
 * The {@link KioskSession} at one moment, one consistent view for the browser's state poll and the flow's
 * checks; {@code checkInPending}: an attempt was made and not settled.
 */
public record SessionSnapshot(long generation, ResetReason lastReset, boolean active, long idleSecondsLeft,
                              Optional<CardReading> reading, Optional<String> myNumberMasked, Optional<String> lifeEvent,
                              Optional<CheckInReceipt> receipt, boolean checkInPending, Optional<JsonNode> navigation,
                              Optional<HomeQrPayload> homeQr) {
    @Override
    public String toString() {
        return Redacted.record(this, "generation", "lastReset", "active", "idleSecondsLeft", "reading", "lifeEvent",
                "receipt", "checkInPending", "navigation", "homeQr");
    }
}
