package jp.kakanai.forms.navigation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.kakanai.forms.text.Redacted;

/**
 * Everything the navigation knows about one visit so far. The household is empty while the kiosk has
 * not asked for it yet; then every condition on household members is unknown.
 */
public record Facts(LifeEvent event, LocalDate visitDate, Resident resident, Optional<Household> household,
                    Answers answers) {
    /** How a checklist names the people a procedure concerns: the resident, or an index into the household. */
    public static final String RESIDENT = "resident";

    public Facts {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(visitDate, "visitDate");
        Objects.requireNonNull(resident, "resident");
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(answers, "answers");
    }

    public static Facts of(LifeEvent event, Resident resident, Household household, Answers answers,
                           LocalDate visitDate) {
        return new Facts(event, visitDate, resident, Optional.of(household), answers);
    }

    /** One person the conditions can look at, named as in {@link ChecklistItem#concerns()}. */
    record Person(String ref, Optional<LocalDate> birthDate) {
        @Override
        public String toString() {
            return Redacted.record(this, "ref");
        }
    }

    /** The people {@code who} names, or empty when the household is not known yet (and {@code who} needs it). */
    Optional<List<Person>> people(Who who) {
        Person self = new Person(RESIDENT, resident.birthDate());
        if (who == Who.RESIDENT) {
            return Optional.of(List.of(self));
        }
        if (household.isEmpty()) {
            return Optional.empty();
        }
        List<Person> people = new ArrayList<>();
        if (who == Who.HOUSEHOLD) {
            people.add(self);
        }
        List<HouseholdMember> members = household.get().members();
        for (int i = 0; i < members.size(); i++) {
            HouseholdMember member = members.get(i);
            boolean wanted = who == Who.DECEASED ? member.deceased() : !member.deceased();
            if (wanted) {
                people.add(new Person("household[" + i + "]", Optional.of(member.birthDate())));
            }
        }
        return Optional.of(people);
    }
}
