package jp.kakanai.server.interview;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kakanai.forms.text.Redacted;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.checklist.ChecklistView;
import jp.kakanai.server.visit.Visit;

/**
 * The interview as the clerk's page shows it: dates both ISO (for the navigation) and 和暦 (as printed);
 * {@code residentEditable} is false when the resident's 基本4情報 came from a card.
 */
public record InterviewView(String visitId, String ticketNumber, String lifeEvent, String source,
                            boolean residentEditable, boolean myNumberCardRead, ResidentView resident, MoveView move,
                            Optional<String> householderName, List<MemberView> members, Map<String, String> answers,
                            int version, Optional<OffsetDateTime> confirmedAt) {
    @Override
    public String toString() {
        return Redacted.record(this, "visitId", "ticketNumber", "lifeEvent", "source", "residentEditable", "myNumberCardRead", "resident", "move", "members", "answers", "version", "confirmedAt");
    }


    public record ResidentView(String name, Optional<String> kana, LocalDate birthDate, String birthDateWareki,
                               String sex, String address, Optional<String> postcode, Optional<String> phone) {
        @Override
        public String toString() {
            return Redacted.record(this);
        }
    }

    public record MoveView(Optional<LocalDate> date, Optional<String> dateWareki, Optional<String> otherAddress) {
        @Override
        public String toString() {
            return Redacted.record(this);
        }
    }

    public record MemberView(String name, Optional<String> kana, LocalDate birthDate, String birthDateWareki,
                             String sex, String relationship, String relationshipLabel) {
        @Override
        public String toString() {
            return Redacted.record(this, "relationship", "relationshipLabel");
        }
    }

    static InterviewView of(Visit visit, Interview interview, ChecklistView checklist) {
        var r = visit.resident();
        return new InterviewView(visit.id(), visit.ticket().toString(), visit.lifeEvent(), interview.source().id(),
                interview.source() == Interview.Source.TYPED, checklist.myNumberCardRead(),
                new ResidentView(r.name(), interview.kana(), r.birthDate(), BirthDateText.wareki(r.birthDate()),
                        r.sex().iso5218(), r.address(), interview.postcode(), interview.phone()),
                new MoveView(interview.move().date(), interview.move().date().map(BirthDateText::wareki),
                        interview.move().otherAddress()),
                interview.householderName(),
                interview.members().stream().map(m -> new MemberView(m.name(), m.kana(), m.birthDate(),
                        BirthDateText.wareki(m.birthDate()), m.sex().iso5218(), m.relationship().id(),
                        m.relationshipLabel())).toList(),
                checklist.answers(), interview.version(),
                interview.confirmedAt().map(at -> at.atZone(OfficeClock.ZONE).toOffsetDateTime()));
    }
}
