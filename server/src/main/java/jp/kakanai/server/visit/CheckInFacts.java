package jp.kakanai.server.visit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.kakanai.forms.checkin.Address;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.forms.checkin.EventFacts;
import jp.kakanai.forms.checkin.Household;
import jp.kakanai.forms.checkin.Member;
import jp.kakanai.forms.checkin.MoveFacts;
import jp.kakanai.forms.navigation.Relationship;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.address.AddressCheck;
import jp.kakanai.server.address.AddressMaster;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.navigation.NavigationInput;
import org.springframework.stereotype.Component;

/**
 * Checks what a check-in carries beyond the 基本4情報 (issue 13: kana, household, the life event's facts, answers)
 * and answers it as stored: addresses of the town resolved against its address master (their printed text
 * composed from it). The first mistake is a 400 naming its field ({@code household.members[2].birthDate},
 * {@code event.move.newAddress.block}), before anything is stored.
 */
@Component
public class CheckInFacts {
    public static final int MAX_MEMBERS = 20;
    static final int MAX_NAME = 100;
    static final int MAX_KANA = 100;
    static final int MAX_KINSHIP = 20;
    private static final LocalDate EARLIEST = LocalDate.of(1873, 1, 1);
    private final AddressMaster addresses;
    private final NavigationInput navigation;
    private final OfficeClock clock;

    public CheckInFacts(AddressMaster addresses, NavigationInput navigation, OfficeClock clock) {
        this.addresses = addresses;
        this.navigation = navigation;
        this.clock = clock;
    }

    /** The check-in with its facts checked and its town addresses resolved. */
    public CheckIn checked(CheckIn checkIn) {
        LocalDate today = clock.today();
        checkIn.kana().ifPresent(kana -> text("kana", kana, MAX_KANA));
        Optional<Household> household = checkIn.household().map(h -> household(h, "household", today));
        Optional<EventFacts> event = checkIn.event().map(e -> event(e, checkIn.lifeEvent(), "event", today));
        navigation.answers(checkIn.answers(), "answers");
        return checkIn.withHousehold(household.orElse(null)).withEvent(event.orElse(null));
    }

    /** The household's members: known relationships, real birth dates, at most one deceased and one 世帯主. */
    public static Household household(Household household, String field, LocalDate today) {
        List<Member> members = household.members();
        if (members.size() > MAX_MEMBERS) {
            throw ApiProblem.badField(field + ".members", "At most " + MAX_MEMBERS + " household members.");
        }
        for (int i = 0; i < members.size(); i++) {
            String at = field + ".members[" + i + "]";
            Member m = members.get(i);
            if (m == null) {
                throw ApiProblem.badField(at, "This field is required.");
            }
            if (m.relationship() == null || Relationship.byId(m.relationship()).isEmpty()) {
                throw ApiProblem.badField(at + ".relationship", "Relationship must be one of "
                        + Arrays.stream(Relationship.values()).map(Relationship::id).collect(Collectors.joining(", ")) + ".");
            }
            birthDate(m.birthDate(), at + ".birthDate", today);
            m.name().ifPresent(name -> text(at + ".name", name, MAX_NAME));
            m.kana().ifPresent(kana -> text(at + ".kana", kana, MAX_KANA));
            m.kinship().ifPresent(kinship -> text(at + ".kinship", kinship, MAX_KINSHIP));
        }
        if (members.stream().filter(Member::isDeceased).count() > 1) {
            throw ApiProblem.badField(field + ".members", "At most one household member can be the deceased.");
        }
        if (members.stream().filter(Member::isHouseholder).count() > 1) {
            throw ApiProblem.badField(field + ".members", "At most one household member heads the household.");
        }
        household.applicantKinship().ifPresent(kinship -> text(field + ".applicantKinship", kinship, MAX_KINSHIP));
        return household;
    }

    private EventFacts event(EventFacts event, String lifeEvent, String field, LocalDate today) {
        event.date().ifPresent(date -> withinAYear(date, field + ".date", today));
        if (event.move().isEmpty()) {
            return event;
        }
        // A move belongs to an event that is one or may bring one by its answers (life-events.json).
        List<String> moving = navigation.catalog().lifeEvents().stream()
                .filter(e -> e.move().isPresent() || !e.movesOnAnswer().isEmpty()).map(e -> e.id()).toList();
        if (!moving.contains(lifeEvent)) {
            throw ApiProblem.badField(field + ".move", "A move belongs to " + String.join(", ", moving) + ".");
        }
        MoveFacts move = event.move().get();
        move.date().ifPresent(date -> withinAYear(date, field + ".move.date", today));
        return event.withMove(new MoveFacts(move.date(),
                move.newAddress().map(a -> resolved(a, field + ".move.newAddress")),
                move.previousAddress().map(a -> resolved(a, field + ".move.previousAddress"))));
    }

    /** The address as stored: a town address with its printed text from the master, or the text given. */
    public Address resolved(Address address, String field) {
        AddressCheck result = addresses.check(address, field);
        if (result instanceof AddressCheck.Rejected rejected) {
            throw ApiProblem.badField(rejected.field(), rejected.message());
        }
        return ((AddressCheck.Resolved) result).address();
    }

    static void birthDate(LocalDate date, String field, LocalDate today) {
        if (date == null) {
            throw ApiProblem.badField(field, "This field is required.");
        }
        if (date.isAfter(today)) {
            throw ApiProblem.badField(field, "The birth date is in the future.");
        }
        if (date.isBefore(EARLIEST)) {
            throw ApiProblem.badField(field, "The birth date is before " + EARLIEST + ".");
        }
    }

    private static void withinAYear(LocalDate date, String field, LocalDate today) {
        if (date.isBefore(today.minusYears(1)) || date.isAfter(today.plusYears(1))) {
            throw ApiProblem.badField(field, "The date must lie within a year of today.");
        }
    }

    static void text(String field, String text, int max) {
        if (text.isBlank()) {
            throw ApiProblem.badField(field, "This field must not be empty.");
        }
        if (text.codePointCount(0, text.length()) > max) {
            throw ApiProblem.badField(field, "At most " + max + " characters.");
        }
        if (text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
            throw ApiProblem.badField(field, "Control characters are not allowed.");
        }
    }

    /** What the check-in says beyond the 基本4情報, as a visit stores it. */
    public static VisitFacts factsOf(CheckIn checkIn) {
        return new VisitFacts(checkIn.kana(), Optional.empty(), Optional.empty(), checkIn.household(), Optional.empty(),
                checkIn.event().orElse(EventFacts.none()));
    }
}
