package jp.kakanai.forms.navigation;

import java.util.List;
import java.util.Optional;

/** The resident's household for this visit, without the resident: {@link #alone()} when they live alone. */
public record Household(List<HouseholdMember> members) {
    public Household {
        members = List.copyOf(members);
        if (members.stream().filter(HouseholdMember::deceased).count() > 1) {
            throw new IllegalArgumentException("a household for one visit holds at most one deceased member");
        }
    }

    public static Household alone() {
        return new Household(List.of());
    }

    public static Household of(HouseholdMember... members) {
        return new Household(List.of(members));
    }

    public Optional<HouseholdMember> deceased() {
        return members.stream().filter(HouseholdMember::deceased).findFirst();
    }
}
