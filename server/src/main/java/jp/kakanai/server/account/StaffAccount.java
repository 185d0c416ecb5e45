package jp.kakanai.server.account;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import jp.kakanai.forms.text.Redacted;

/**
 * A staff member's account as stored: who (the sign-in name and the name colleagues know), how they prove
 * it (a password here, or the town's directory), what they may do (roles and departments, by the
 * catalog's department ids), and its state (disabled, locked after failed sign-ins, a password to change,
 * a second factor).
 */
public record StaffAccount(String username, String displayName, Source source, Optional<String> passwordHash,
                           Set<StaffRole> roles, Set<String> departments, boolean enabled, boolean mustChangePassword,
                           boolean secondFactor, int failedSignIns, Optional<Instant> lockedUntil) {
    @Override
    public String toString() {
        return Redacted.record(this, "username", "displayName", "source", "roles", "departments", "enabled",
                "mustChangePassword", "secondFactor", "failedSignIns", "lockedUntil");
    }

    public enum Source {
        /** A password kept here (bcrypt). */
        LOCAL,
        /** Proved by the town's LDAP/Active Directory or OpenID Connect; this row says what they may do. */
        DIRECTORY;

        public String id() {
            return name().toLowerCase();
        }
    }

    public StaffAccount {
        roles = Set.copyOf(roles);
        departments = Set.copyOf(departments);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil.filter(now::isBefore).isPresent();
    }
}
