package jp.kakanai.kiosk.app;

import java.time.LocalDate;
import java.util.List;
import jp.kakanai.forms.checkin.Member;
import jp.kakanai.kiosk.navigation.MemberFacts;

/** The kiosk's own check of the household the page sends, before anything is kept: the server checks it again. */
final class HouseholdEntries {
    static final int MAX_MEMBERS = 20;

    private HouseholdEntries() {
    }

    static void check(List<Member> members, LocalDate today) {
        if (members.size() > MAX_MEMBERS) {
            throw LocalProblem.badField("members", "At most " + MAX_MEMBERS + " household members.");
        }
        for (int i = 0; i < members.size(); i++) {
            String at = "members[" + i + "]";
            Member m = members.get(i);
            if (m == null) {
                throw LocalProblem.badField(at, "This field is required.");
            }
            if (m.relationship() == null || !MemberFacts.RELATIONSHIPS.contains(m.relationship())) {
                throw LocalProblem.badField(at + ".relationship", "Relationship must be one of "
                        + String.join(", ", new java.util.TreeSet<>(MemberFacts.RELATIONSHIPS)) + ".");
            }
            if (m.birthDate() == null) {
                throw LocalProblem.badField(at + ".birthDate", "This field is required.");
            }
            if (m.birthDate().isAfter(today)) {
                throw LocalProblem.badField(at + ".birthDate", "The birth date is in the future.");
            }
        }
        if (members.stream().filter(Member::isDeceased).count() > 1) {
            throw LocalProblem.badField("members", "At most one household member can be the deceased.");
        }
        if (members.stream().filter(Member::isHouseholder).count() > 1) {
            throw LocalProblem.badField("members", "At most one household member heads the household.");
        }
    }
}
