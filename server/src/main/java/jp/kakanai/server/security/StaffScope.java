package jp.kakanai.server.security;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kakanai.server.account.StaffRole;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Which departments' part of a visit the caller may see and print. A department clerk ({@code CLERK}
 * without {@code ONE_STOP}) sees a visit only when one of its departments has a procedure on the visit's
 * checklist, and of it only those departments' procedures and forms (特定個人情報ガイドライン: access
 * limited to what each person's work needs). The one-stop counter sees and prints every department's; a
 * kiosk's reach is its own visits ({@code VisitAccess}).
 */
public record StaffScope(boolean everyDepartment, Set<String> departments) {
    public StaffScope {
        departments = Set.copyOf(departments);
    }

    /** No department limit: the one-stop counter, or a check that is not about a person (the check-in rules). */
    public static StaffScope everything() {
        return new StaffScope(true, Set.of());
    }

    public static StaffScope current() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null) {
            return new StaffScope(false, Set.of());
        }
        Set<String> names = StaffAuthorities.names(caller.getAuthorities());
        boolean departmentClerk = names.contains("ROLE_" + StaffRole.CLERK) && !names.contains("ROLE_" + StaffRole.ONE_STOP);
        return new StaffScope(!departmentClerk, names.stream().filter(n -> n.startsWith(StaffAuthorities.DEPARTMENT))
                .map(n -> n.substring(StaffAuthorities.DEPARTMENT.length())).collect(Collectors.toSet()));
    }

    /** Whether the caller may see something of a visit whose checklist involves these departments. */
    public boolean sees(Collection<String> visitDepartments) {
        return everyDepartment || visitDepartments.stream().anyMatch(departments::contains);
    }

    /** Whether the caller works for this department. */
    public boolean worksFor(String department) {
        return everyDepartment || departments.contains(department);
    }
}
