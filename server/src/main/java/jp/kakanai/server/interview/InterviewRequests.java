package jp.kakanai.server.interview;

import java.util.List;
import java.util.Map;
import jp.kakanai.forms.checkin.Address;
import jp.kakanai.forms.text.Redacted;

/** The bodies the interview API accepts: what the clerk typed, as strings, checked by {@link EntryRules}. */
final class InterviewRequests {
    private InterviewRequests() {
    }

    /**
     * The resident: {@code birthDate} as typed (和暦 or 西暦), {@code sex} the ISO 5218 code ("1", "2"),
     * {@code postcode} 7 digits with or without hyphen; kana, postcode and phone may be empty. {@code address} is the
     * resident's own (on a card: the one it carries; on a move-in, the previous one).
     */
    record ResidentEntry(String name, String kana, String birthDate, String sex, String address, String postcode,
                         String phone) {
        @Override
        public String toString() {
            return Redacted.record(this);
        }
    }

    /**
     * A household member; {@code relationship} to the applicant is a navigation id (spouse, child, parent,
     * grandchild, other). Name, kana and sex may be unknown (a kiosk's household has none): the forms leave them
     * blank for the clerk. {@code householder}: this member heads the household; {@code kinship}: the 続柄 seen from
     * the 世帯主 where it cannot be derived ({@code 妻の母}).
     */
    record MemberEntry(String name, String kana, String birthDate, String sex, String relationship, Boolean deceased,
                       Boolean householder, String kinship) {
        @Override
        public String toString() {
            return Redacted.record(this, "relationship", "deceased", "householder");
        }

        MemberEntry(String name, String kana, String birthDate, String sex, String relationship) {
            this(name, kana, birthDate, sex, relationship, null, null, null);
        }
    }

    /**
     * The move: its date and both addresses ({@code newAddress}: a town address from the address master or a text;
     * {@code previousAddress}: absent for the resident's own). {@code otherAddress} is the body before issue 13: the
     * previous address on a move-in (the resident's being the new one), the new one otherwise.
     */
    record MoveEntry(String date, String otherAddress, Address newAddress, Address previousAddress) {
        @Override
        public String toString() {
            return Redacted.record(this);
        }

        MoveEntry(String date, String otherAddress) {
            this(date, otherAddress, null, null);
        }
    }

    /**
     * {@code POST /api/interviews}: a visit started at the desk. {@code source} is {@code typed} (by hand),
     * {@code card} (a My Number Card read on the desk's reader) or {@code licence} (a driver's licence read
     * there); {@code counter} is the desk's name for the queue.
     */
    record Start(String lifeEvent, String source, ResidentEntry resident, String counter) {
        @Override
        public String toString() {
            return Redacted.record(this, "lifeEvent", "source", "resident", "counter");
        }
    }

    /** {@code POST /api/interviews/take-over}: the ticket the resident drew at the kiosk today. */
    record TakeOver(String ticketNumber, String counter) {
    }

    /**
     * {@code PUT /api/interviews/{visitId}}: everything the interview knows, replacing what was stored;
     * {@code version} is the one the page last saw. {@code eventDate}: the event's own date (出生日, 死亡日, 婚姻日);
     * {@code householderName}: the 世帯主 when neither the resident nor a listed member; {@code applicantKinship}:
     * the resident's 続柄 seen from a 世帯主 who is someone else, where it cannot be derived.
     */
    record Update(Integer version, ResidentEntry resident, MoveEntry move, String householderName,
                  List<MemberEntry> members, Map<String, String> answers, String eventDate, String applicantKinship) {
        @Override
        public String toString() {
            return Redacted.record(this, "version", "resident", "move", "members", "answers");
        }

        Update(Integer version, ResidentEntry resident, MoveEntry move, String householderName,
               List<MemberEntry> members, Map<String, String> answers) {
            this(version, resident, move, householderName, members, answers, null, null);
        }
    }

    /**
     * {@code POST /api/interviews/{visitId}/confirmation}: the version the resident saw and confirmed;
     * {@code printWithBlanks}: the clerk chose to print although required boxes are blank (they are listed in the
     * confirmation and recorded with it).
     */
    record Confirm(Integer version, Boolean printWithBlanks) {
        Confirm(Integer version) {
            this(version, null);
        }
    }
}
