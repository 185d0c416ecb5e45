package jp.kakanai.server.visit;

import java.util.Objects;
import java.util.Optional;

/**
 * Who started a visit: a kiosk in the hall (the resident checked in and drew a ticket), or a clerk at the
 * desk (the counter interview, 対面型, for residents without a card or who prefer to talk).
 *
 * @param by the kiosk's id or the clerk's user name
 */
public record VisitOrigin(Kind kind, String by) {

    public enum Kind {
        KIOSK("kiosk"), DESK("desk");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public VisitOrigin {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(by, "by");
    }

    public static VisitOrigin kiosk(String kioskId) {
        return new VisitOrigin(Kind.KIOSK, kioskId);
    }

    public static VisitOrigin desk(String clerk) {
        return new VisitOrigin(Kind.DESK, clerk);
    }

    public Optional<String> kioskId() {
        return kind == Kind.KIOSK ? Optional.of(by) : Optional.empty();
    }
}
