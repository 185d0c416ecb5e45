package jp.kakanai.forms.household;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kakanai.forms.checkin.Household;
import jp.kakanai.forms.checkin.Member;
import jp.kakanai.forms.navigation.Relationship;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.text.Redacted;

/**
 * The applicant and their household as the forms print them: who heads it, each person's 続柄 seen from the 世帯主
 * ({@link Kinship}), and who may appear in which table ({@link TableRole}, narrowed by a procedure's concerns).
 *
 * @param householderName the 世帯主's name to print; empty when the 世帯主 is a member whose name is not known
 */
public record PrintedHousehold(List<PrintedPerson> people, Optional<String> householderName) {
    @Override
    public String toString() {
        return Redacted.record(this, "people");
    }

    public PrintedHousehold {
        people = List.copyOf(people);
    }

    /**
     * @param household       empty while not known: then only the applicant is printed
     * @param householderName the 世帯主 when neither the applicant nor a listed member (joining a household)
     */
    public static PrintedHousehold of(BasicFourInfo applicant, Optional<String> kana, Optional<Household> household,
                                      Optional<String> householderName) {
        List<Member> members = household.map(Household::members).orElse(List.of());
        Kinship.Person self = Kinship.Person.applicant(Optional.of(applicant.sex()), applicant.birthDate());
        List<Kinship.Person> kin = members.stream().map(m -> new Kinship.Person(Relationship.byId(m.relationship()),
                m.sex(), m.birthDate())).toList();
        Optional<Integer> headIndex = indexOfHouseholder(members);
        boolean outsiderHeads = headIndex.isEmpty() && householderName.filter(n -> !n.equals(applicant.name())).isPresent();
        Kinship.Person head = headIndex.map(kin::get).orElse(self);
        List<PrintedPerson> people = new ArrayList<>();
        Optional<String> applicantKinship = household.flatMap(Household::applicantKinship)
                .or(() -> outsiderHeads ? Optional.empty() : Kinship.of(self, head, self));
        people.add(new PrintedPerson("resident", Optional.empty(), Optional.of(applicant.name()), kana,
                applicant.birthDate(), Optional.of(applicant.sex()), applicantKinship, false,
                headIndex.isEmpty() && !outsiderHeads));
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            Kinship.Person person = kin.get(i);
            Optional<String> kinship = m.kinship().or(() -> outsiderHeads ? Optional.empty()
                    : Kinship.of(person, head, self));
            people.add(new PrintedPerson("household[" + i + "]", Relationship.byId(m.relationship()), m.name(), m.kana(),
                    m.birthDate(), m.sex(), kinship, m.isDeceased(), m.isHouseholder()));
        }
        Optional<String> headName = outsiderHeads ? householderName
                : headIndex.map(i -> members.get(i).name()).orElse(Optional.of(applicant.name()));
        return new PrintedHousehold(people, headName);
    }

    private static Optional<Integer> indexOfHouseholder(List<Member> members) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).isHouseholder()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    public PrintedPerson applicant() {
        return people.get(0);
    }

    /**
     * The rows of a table of {@code role} for a procedure concerning {@code concerns} (the navigation's refs; empty:
     * it names nobody in particular): the 世帯主 first, as the register lists a household, then in household order.
     * Never anyone outside the role: an empty list rather than a stand-in.
     */
    public List<PrintedPerson> rows(TableRole role, List<String> concerns) {
        Optional<PrintedPerson> deceased = deceased();
        if (concerns.isEmpty() && role.onlyWhomTheProcedureNames()) {
            return List.of();
        }
        return people.stream().filter(p -> role.takes(p, deceased))
                .filter(p -> concerns.isEmpty() ? !p.deceased() : concerns.contains(p.ref()))
                .sorted(java.util.Comparator.comparing(p -> !p.householder()))
                .toList();
    }

    /** The living spouse, if listed. */
    public Optional<PrintedPerson> spouse() {
        return people.stream().filter(p -> !p.deceased() && p.is(Relationship.SPOUSE)).findFirst();
    }

    /** The member who died, if listed. */
    public Optional<PrintedPerson> deceased() {
        return people.stream().filter(PrintedPerson::deceased).findFirst();
    }
}
