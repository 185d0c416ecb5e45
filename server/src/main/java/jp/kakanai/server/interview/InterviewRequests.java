package jp.kakanai.server.interview;

import java.util.List;
import java.util.Map;
import jp.kakanai.forms.text.Redacted;

/** The bodies the interview API accepts: what the clerk typed, as strings, checked by {@link EntryRules}. */
final class InterviewRequests {
    private InterviewRequests() {
    }

    /**
     * The resident: {@code birthDate} as typed (和暦 or 西暦), {@code sex} the ISO 5218 code ("1", "2"),
     * {@code postcode} 7 digits with or without hyphen; kana, postcode and phone may be empty.
     */
    record ResidentEntry(String name, String kana, String birthDate, String sex, String address, String postcode,
                         String phone) {
        @Override
        public String toString() {
            return Redacted.record(this);
        }
    }

    /** A household member; {@code relationship} is a navigation id (spouse, child, parent, grandchild, other). */
    record MemberEntry(String name, String kana, String birthDate, String sex, String relationship) {
        @Override
        public String toString() {
            return Redacted.record(this, "relationship");
        }
    }

    /** The move: its date and the other address (the previous one on a move-in, the new one otherwise). */
    record MoveEntry(String date, String otherAddress) {
        @Override
        public String toString() {
            return Redacted.record(this);
        }
    }

    /**
     * {@code POST /api/interviews}: a visit started at the desk. {@code source} is {@code typed} (by hand),
     * {@code card} (a My Number Card read on the desk's reader) or {@code licence} (a driver's licence read
     * there); {@code counter} is the desk's name for the queue.
     */
    record Start(String lifeEvent, String source, ResidentEntry resident, String counter) {
    }

    /** {@code POST /api/interviews/take-over}: the ticket the resident drew at the kiosk today. */
    record TakeOver(String ticketNumber, String counter) {
    }

    /**
     * {@code PUT /api/interviews/{visitId}}: everything the interview knows, replacing what was stored;
     * {@code version} is the one the page last saw.
     */
    record Update(Integer version, ResidentEntry resident, MoveEntry move, String householderName,
                  List<MemberEntry> members, Map<String, String> answers) {
        @Override
        public String toString() {
            return Redacted.record(this, "version", "resident", "move", "members", "answers");
        }
    }

    /** {@code POST /api/interviews/{visitId}/confirmation}: the version the resident saw and confirmed. */
    record Confirm(Integer version) {
    }
}
