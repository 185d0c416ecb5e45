package jp.kakanai.kiosk.checkin;

import java.util.Optional;
import jp.kakanai.forms.checkin.CheckInReceipt;

/**
 * What became of one check-in attempt, as a value: the kiosk decides from it whether to show the
 * ticket, to retry (with the same idempotency key), or to send the resident to staff.
 */
public sealed interface CheckInOutcome {

    /** The server stored the visit and issued the ticket. */
    record Accepted(CheckInReceipt receipt) implements CheckInOutcome {
    }

    /**
     * No answer that settles it: no connection, a timeout, or a server-side failure (5xx, 429). The
     * visit may or may not have been stored; retrying with the same key never issues a second ticket.
     */
    record ServerUnreachable(String detail) implements CheckInOutcome {
    }

    /**
     * The server refused the check-in for good (4xx): bad data ({@code field} names it), a kiosk that
     * is not allowed (wrong token), or a refusal with a {@code code} to act on ({@code reception-closed}: the
     * day's reception has ended). Retrying the same request would be refused again.
     */
    record Rejected(int status, String error, Optional<String> field, Optional<String> code) implements CheckInOutcome {

        public Rejected(int status, String error, Optional<String> field) {
            this(status, error, field, Optional.empty());
        }

        public boolean receptionClosed() {
            return code.filter(ServerReply.RECEPTION_CLOSED::equals).isPresent();
        }
    }
}
