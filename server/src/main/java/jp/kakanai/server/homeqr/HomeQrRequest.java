package jp.kakanai.server.homeqr;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.kakanai.forms.resident.Sex;
import jp.kakanai.forms.text.Redacted;

/**
 * {@code POST /api/home-qr}: what the resident entered on the home page. {@code household} is
 * {@code null} when the page did not ask for it, {@code []} for someone who lives alone.
 */
public record HomeQrRequest(String lifeEvent, ResidentEntry resident, Map<String, String> answers,
                            List<MemberEntry> household) {

    /** Sex as its ISO 5218 code ("1", "2", "0" not known, "9" not applicable). */
    public record ResidentEntry(String name, String kana, String address, LocalDate birthDate, Sex sex) {
        @Override
        public String toString() {
            return Redacted.record(this);
        }
    }

    /** A household member; name, kana and sex are optional. */
    public record MemberEntry(String relationship, LocalDate birthDate, Boolean deceased, String name, String kana,
                              Sex sex) {
        @Override
        public String toString() {
            return Redacted.record(this, "relationship", "deceased");
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
