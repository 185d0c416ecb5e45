package jp.kakanai.server.interview;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kakanai.forms.checkin.Address;
import jp.kakanai.forms.checkin.Household;
import jp.kakanai.forms.checkin.Member;
import jp.kakanai.forms.checkin.MoveFacts;
import jp.kakanai.forms.household.PrintedPerson;
import jp.kakanai.forms.resident.Sex;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.checklist.ChecklistView;
import jp.kakanai.server.document.PrintedVisit;
import jp.kakanai.server.visit.Visit;
import jp.kakanai.forms.text.Redacted;

/**
 * The interview as the clerk's page shows it: dates both ISO (for the navigation) and 和暦 (as printed);
 * {@code residentEditable} is false when the resident's 基本4情報 came from a card. What a kiosk or a home QR
 * collected is here after a take-over: the household (names and kana where given), the move with its addresses.
 * {@code householdKnown} is false while nobody said who lives with the resident.
 */
public record InterviewView(String visitId, String ticketNumber, String lifeEvent, String source,
                            boolean residentEditable, boolean myNumberCardRead, ResidentView resident, MoveView move,
                            Optional<String> householderName, boolean householdKnown, List<MemberView> members,
                            Optional<String> applicantKinship, Optional<LocalDate> eventDate,
                            Map<String, String> answers, int version, Optional<OffsetDateTime> confirmedAt) {
    @Override
    public String toString() {
        return Redacted.record(this, "visitId", "ticketNumber", "lifeEvent", "source", "residentEditable",
                "myNumberCardRead", "resident", "move", "householdKnown", "members", "answers", "version", "confirmedAt");
    }


    public record ResidentView(String name, Optional<String> kana, LocalDate birthDate, String birthDateWareki,
                               String sex, String address, Optional<String> postcode, Optional<String> phone) {
        @Override
        public String toString() {
            return Redacted.record(this);
        }
    }

    /**
     * {@code otherAddress}: the text of the address other than the resident's own (the previous one on a move-in,
     * the new one otherwise), for pages written before issue 13.
     */
    public record MoveView(Optional<LocalDate> date, Optional<String> dateWareki, Optional<String> otherAddress,
                           Optional<Address> newAddress, Optional<Address> previousAddress, Optional<String> kind) {
        @Override
        public String toString() {
            return Redacted.record(this, "newAddress", "previousAddress", "kind");
        }
    }

    /** {@code relationshipLabel}: the 続柄 as printed, seen from the 世帯主; empty where the clerk must say it. */
    public record MemberView(Optional<String> name, Optional<String> kana, LocalDate birthDate, String birthDateWareki,
                             Optional<String> sex, String relationship, String relationshipLabel, boolean deceased,
                             boolean householder, Optional<String> kinship) {
        @Override
        public String toString() {
            return Redacted.record(this, "relationship", "relationshipLabel", "deceased", "householder");
        }
    }

    static InterviewView of(Visit visit, Interview interview, ChecklistView checklist, PrintedVisit printed) {
        var r = visit.resident();
        var facts = printed.facts();
        List<Member> members = facts.household().map(Household::members).orElse(List.of());
        List<PrintedPerson> people = printed.household().people();
        List<MemberView> memberViews = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            memberViews.add(new MemberView(m.name(), m.kana(), m.birthDate(), BirthDateText.wareki(m.birthDate()),
                    m.sex().map(Sex::iso5218), m.relationship(), people.get(i + 1).kinship().orElse(""), m.isDeceased(),
                    m.isHouseholder(), m.kinship()));
        }
        Optional<MoveFacts> move = facts.event().move();
        // A move in (転入, 外国人住民の転入): the other address is the previous one; else the new one.
        Optional<String> other = printed.moveKind().filter("move-in"::equals).isPresent()
                ? move.flatMap(MoveFacts::previousAddress).flatMap(Address::text)
                : move.flatMap(MoveFacts::newAddress).flatMap(Address::text);
        Optional<LocalDate> date = move.flatMap(MoveFacts::date);
        return new InterviewView(visit.id(), visit.ticket().toString(), visit.lifeEvent(), interview.source().id(),
                interview.source() == Interview.Source.TYPED, checklist.myNumberCardRead(),
                new ResidentView(r.name(), facts.kana(), r.birthDate(), BirthDateText.wareki(r.birthDate()),
                        r.sex().iso5218(), r.address(), facts.postcode(), facts.phone()),
                new MoveView(date, date.map(BirthDateText::wareki), other, move.flatMap(MoveFacts::newAddress),
                        move.flatMap(MoveFacts::previousAddress), printed.moveKind()),
                printed.household().householderName(), facts.household().isPresent(), memberViews,
                facts.household().flatMap(Household::applicantKinship), facts.event().date(),
                checklist.answers(), interview.version(),
                interview.confirmedAt().map(at -> at.atZone(OfficeClock.ZONE).toOffsetDateTime()));
    }
}
