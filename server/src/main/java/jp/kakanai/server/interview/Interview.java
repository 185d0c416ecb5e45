package jp.kakanai.server.interview;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The counter interview of a visit, as stored: where the resident's data came from, its version (the clerk's page
 * locks optimistically), who started and last changed it, and when the resident confirmed. What it gathers (kana,
 * household, the move) is the visit's own ({@code VisitFacts}): a take-over finds what the kiosk collected there.
 */
record Interview(String visitId, Source source, int version, Instant startedAt, String startedBy, Instant updatedAt,
                 String updatedBy, Optional<Instant> confirmedAt, Optional<String> confirmedBy, List<String> blankBoxes) {

    Interview {
        blankBoxes = List.copyOf(blankBoxes);
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

    static Interview started(String visitId, Source source, Instant at, String clerk) {
        return new Interview(visitId, source, 0, at, clerk, at, clerk, Optional.empty(), Optional.empty(), List.of());
    }

    Interview updated(Instant at, String clerk) {
        return new Interview(visitId, source, version + 1, startedAt, startedBy, at, clerk, Optional.empty(), Optional.empty(),
                List.of());
    }

    /** The resident confirmed; {@code blanks}: the required boxes the clerk chose to print blank ("form:field"). */
    Interview confirmed(Instant at, String clerk, List<String> blanks) {
        return new Interview(visitId, source, version, startedAt, startedBy, updatedAt, updatedBy, Optional.of(at),
                Optional.of(clerk), blanks);
    }
}
