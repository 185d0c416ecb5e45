package jp.kakanai.forms.checkin;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The applicant's household for a visit, as the APIs carry it: the members besides the applicant (an empty list:
 * the applicant lives alone) and, when a member heads the household, the applicant's own 続柄 seen from that
 * 世帯主 ({@code 妻}; derived when absent, where that is unambiguous). A visit whose household is not known yet
 * (the resident did not say at the kiosk) has none at all.
 */
public record Household(List<Member> members, Optional<String> applicantKinship) {
    public Household {
        members = members == null ? List.of() : List.copyOf(members);
        applicantKinship = Objects.requireNonNullElse(applicantKinship, Optional.<String>empty()).filter(k -> !k.isBlank());
    }

    public static Household of(List<Member> members) {
        return new Household(members, Optional.empty());
    }

    public static Household alone() {
        return of(List.of());
    }

    /**
     * What the navigation needs of it: each member's relationship, birth date and whether they died.
     *
     * @throws IllegalArgumentException for a relationship id the navigation does not know (checked earlier by the API)
     */
    public jp.kakanai.forms.navigation.Household toNavigation() {
        return new jp.kakanai.forms.navigation.Household(members.stream()
                .map(m -> new jp.kakanai.forms.navigation.HouseholdMember(
                        jp.kakanai.forms.navigation.Relationship.byId(m.relationship()).orElseThrow(() ->
                                new IllegalArgumentException("unknown relationship '" + m.relationship() + "'")),
                        m.birthDate(), m.isDeceased()))
                .toList());
    }

    /** The member who heads the household; empty when the applicant does. */
    public Optional<Member> householder() {
        return members.stream().filter(Member::isHouseholder).findFirst();
    }
}
