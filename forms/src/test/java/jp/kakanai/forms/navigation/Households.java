package jp.kakanai.forms.navigation;

import java.time.LocalDate;

/** Test data: people by age at {@link #VISIT}, the households of issue 6. */
final class Households {
    /** A Monday in May: no birthday or school-year boundary near it unless a test sets one. */
    static final LocalDate VISIT = LocalDate.of(2026, 5, 11);

    private Households() {
    }

    /** Born so as to be {@code years} old at the visit, with the birthday two months earlier. */
    static LocalDate bornYearsAgo(int years) {
        return VISIT.minusYears(years).minusMonths(2);
    }

    static Resident cardHolderAged(int years) {
        return new Resident(java.util.Optional.of(bornYearsAgo(years)), true);
    }

    static Resident withoutCardAged(int years) {
        return Resident.bornOn(bornYearsAgo(years));
    }

    static HouseholdMember spouseAged(int years) {
        return HouseholdMember.living(Relationship.SPOUSE, bornYearsAgo(years));
    }

    static HouseholdMember childAged(int years) {
        return HouseholdMember.living(Relationship.CHILD, bornYearsAgo(years));
    }

    static HouseholdMember deceasedSpouseAged(int years) {
        return HouseholdMember.deceased(Relationship.SPOUSE, bornYearsAgo(years));
    }
}
