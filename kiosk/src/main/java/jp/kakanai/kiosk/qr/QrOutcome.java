package jp.kakanai.kiosk.qr;

import java.util.Objects;
import java.util.Optional;
import jp.kakanai.forms.homeqr.HomeQrPayload;

/** A scan's result at the kiosk: the whole payload, or a rejection. Nothing in between. */
public sealed interface QrOutcome {

    /** Read. {@code garbling}: the scanner's typing was garbled and undone (staff should fix its settings). */
    record Read(HomeQrPayload payload, Optional<Garbling> garbling) implements QrOutcome {
        public Read {
            Objects.requireNonNull(payload, "payload");
            Objects.requireNonNull(garbling, "garbling");
        }
    }

    record Rejected(QrRejection rejection) implements QrOutcome {
    }

    /** A 来庁予約 QR ({@code RSV-XXXX-XXXX}): it goes with the check-in, the server decides (docs/queue.md). */
    record Reservation(String code) implements QrOutcome {
        public Reservation {
            Objects.requireNonNull(code, "code");
        }
    }
}
