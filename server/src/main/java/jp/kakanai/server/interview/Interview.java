package jp.kakanai.server.interview;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.kakanai.forms.text.Redacted;

/**
 * What the counter interview adds to a visit, as stored: the resident's facts no card carries, the move,
 * the householder, the members, and when the resident confirmed. Answers live with the visit's checklist.
 */
record Interview(String visitId, Source source, Optional<String> kana, Optional<String> postcode,
                 Optional<String> phone, Move move, Optional<String> householderName, List<Member> members,
                 int version, Instant startedAt, String startedBy, Instant updatedAt, String updatedBy,
                 Optional<Instant> confirmedAt, Optional<String> confirmedBy) {
    @Override
    public String toString() {
        return Redacted.record(this, "visitId", "source", "move", "members", "version", "startedAt", "startedBy", "updatedAt", "updatedBy", "confirmedAt", "confirmedBy");
    }


    /** Where the resident's name, address, birth date and sex came from. */
    enum Source {
        /** Typed by the clerk: they may correct it. */
        TYPED("typed"),
        /** Read from the My Number Card on the desk's reader. */
        CARD("card"),
        /** Read from a driver's licence on the desk's reader (no My Number Card was read). */
        LICENCE("licence"),
        /** A kiosk visit the clerk took over by its ticket number (the kiosk read the card or QR). */
        TICKET("ticket");

        private final String id;

        Source(String id) {
            this.id = id;
        }

        String id() {
            return id;
        }

        static Source ofId(String id) {
            return java.util.Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst().orElseThrow();
        }
    }

    Interview {
        members = List.copyOf(members);
    }

    static Interview started(String visitId, Source source, Optional<String> kana, Optional<String> postcode,
                             Optional<String> phone, Instant at, String clerk) {
        return new Interview(visitId, source, kana, postcode, phone, Move.none(), Optional.empty(), List.of(), 0, at,
                clerk, at, clerk, Optional.empty(), Optional.empty());
    }

    Interview updated(ResidentFacts resident, Move move, Optional<String> householderName, List<Member> members,
                      Instant at, String clerk) {
        return new Interview(visitId, source, resident.kana(), resident.postcode(), resident.phone(), move,
                householderName, members, version + 1, startedAt, startedBy, at, clerk, Optional.empty(), Optional.empty());
    }

    Interview confirmed(Instant at, String clerk) {
        return new Interview(visitId, source, kana, postcode, phone, move, householderName, members, version,
                startedAt, startedBy, updatedAt, updatedBy, Optional.of(at), Optional.of(clerk));
    }
}
