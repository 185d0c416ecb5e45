package jp.kakanai.server.homeqr;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.kakanai.forms.checkin.Address;
import jp.kakanai.forms.resident.Sex;
import jp.kakanai.forms.text.Redacted;

/**
 * {@code POST /api/home-qr}: what the resident entered on the home page. {@code household} is
 * {@code null} when the page did not ask for it, {@code []} for someone who lives alone. {@code move} (optional,
 * for an event that is a move): the 異動日 and the new address, a town address picked from the address master or a
 * text; the resident's own address is the previous one.
 */
public record HomeQrRequest(String lifeEvent, ResidentEntry resident, Map<String, String> answers,
                            List<MemberEntry> household, MoveEntry move) {

    /** Without a move (the body before issue 13's leftovers). */
    public HomeQrRequest(String lifeEvent, ResidentEntry resident, Map<String, String> answers,
                         List<MemberEntry> household) {
        this(lifeEvent, resident, answers, household, null);
    }

    /** The 異動日 and the new address. */
    public record MoveEntry(LocalDate date, Address newAddress) {
        @Override
        public String toString() {
            return Redacted.record(this);
        }
    }

    /** Sex as its ISO 5218 code ("1", "2", "0" not known, "9" not applicable). */
    public record ResidentEntry(String name, String kana, String address, LocalDate birthDate, Sex sex) {
        @Override
        public String toString() {
            return Redacted.record(this);
        }
    }

    /** A household member; name, kana and sex are optional; {@code householder}: this member heads the household. */
    public record MemberEntry(String relationship, LocalDate birthDate, Boolean deceased, String name, String kana,
                              Sex sex, Boolean householder) {
        @Override
        public String toString() {
            return Redacted.record(this, "relationship", "deceased", "householder");
        }
    }

    /** {@code POST /api/home-qr/questions}: the facts so far, for the next questions worth asking. */
    public record QuestionsRequest(String lifeEvent, LocalDate birthDate, Map<String, String> answers,
                                   List<MemberEntry> household) {
        @Override
        public String toString() {
            return Redacted.record(this, "lifeEvent", "answers", "household");
        }
    }
}
