package jp.kakanai.forms.homeqr;

import java.time.Instant;
import java.util.Objects;

/**
 * What {@link HomeQrCodec#decode} makes of a scanned text: the whole payload, or why not. Never a part of
 * a payload: a code that fails any check gives no data at all. The reasons never quote personal data.
 */
public sealed interface HomeQrReading {

    /** A whole, checked, unexpired payload. */
    record Valid(HomeQrPayload payload) implements HomeQrReading {
        public Valid {
            Objects.requireNonNull(payload, "payload");
        }
    }

    /** Ours and intact, but made too long ago: the resident makes a new one (or the clerk asks). */
    record Expired(Instant expiredAt) implements HomeQrReading {
    }

    /** Ours (the prefix says so) but not readable: cut short, altered, or wrongly typed by a scanner. */
    record Damaged(String why) implements HomeQrReading {
    }

    /** Not a Kakanai home code at all (a web address, a form's back-office code, a ticket). */
    record Foreign() implements HomeQrReading {
    }

    /** A Kakanai home code of a format this kiosk does not know (made by a newer server). */
    record UnsupportedVersion(int version) implements HomeQrReading {
    }
}
