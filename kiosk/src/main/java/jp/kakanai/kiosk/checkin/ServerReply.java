package jp.kakanai.kiosk.checkin;

import java.util.Optional;

/**
 * The server's answer to a kiosk request other than the check-in itself, as a value: the answer, no
 * settled answer (down, timeout, 5xx: try again later), or a refusal that repeating will not change.
 */
public sealed interface ServerReply<T> {
    /** The server's code for a new ticket refused because the day's reception has ended. */
    String RECEPTION_CLOSED = "reception-closed";

    record Answered<T>(T value) implements ServerReply<T> {
    }

    record Unreachable<T>(String detail) implements ServerReply<T> {
    }

    record Refused<T>(int status, String error, Optional<String> field, Optional<String> code) implements ServerReply<T> {

        public Refused(int status, String error, Optional<String> field) {
            this(status, error, field, Optional.empty());
        }

        public boolean receptionClosed() {
            return code.filter(RECEPTION_CLOSED::equals).isPresent();
        }
    }
}
