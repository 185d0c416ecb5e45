package jp.kakanai.server.security;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import jp.kakanai.forms.text.Redacted;
import jp.kakanai.server.account.StaffRole;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may use the server, from configuration ({@code kakanai.security.*}): the first staff accounts (the
 * demo's, a town's first administrator; created in the database at the first start, then managed on the
 * administrators' page) and the kiosk devices with the SHA-256 hash of their bearer token. Checked at
 * start-up, so that a typo stops the server with a message instead of locking everyone out.
 */
@ConfigurationProperties("kakanai.security")
public record AccessProperties(List<StaffUser> staff, List<KioskDevice> kiosks) {
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{53}");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    public AccessProperties {
        staff = staff == null ? List.of() : List.copyOf(staff);
        kiosks = kiosks == null ? List.of() : List.copyOf(kiosks);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < staff.size(); i++) {
            StaffUser user = staff.get(i);
            String prefix = "kakanai.security.staff[" + i + "]";
            require(user.username() != null && USERNAME.matcher(user.username()).matches(),
                    prefix + ".username must be 1-64 letters, digits, '.', '_', '@' or '-'");
            require(names.add(user.username()), prefix + ".username '" + user.username() + "' is configured twice");
            require(user.passwordHash().map(h -> BCRYPT.matcher(h).matches()).orElse(true),
                    prefix + ".password-hash must be a bcrypt hash ($2a$10$... , 60 characters); leave it out for an"
                            + " account that signs in at the town's directory");
            require(!user.roles().isEmpty(), prefix + ".roles is missing (" + List.of(StaffRole.values()) + ")");
            require(!user.roles().contains(StaffRole.CLERK) || !user.departments().isEmpty(),
                    prefix + ".departments is missing: a CLERK works for named departments (e.g. shimin,kodomo);"
                            + " a clerk of the one-stop counter has the role ONE_STOP");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < kiosks.size(); i++) {
            KioskDevice kiosk = kiosks.get(i);
            String prefix = "kakanai.security.kiosks[" + i + "]";
            require(kiosk.id() != null && kiosk.id().matches("[A-Za-z0-9._-]{1,64}"),
                    prefix + ".id must be 1-64 letters, digits, '.', '_' or '-'");
            require(ids.add(kiosk.id()), prefix + ".id '" + kiosk.id() + "' is configured twice");
            require(kiosk.tokenSha256() != null && SHA256_HEX.matcher(kiosk.tokenSha256()).matches(),
                    prefix + ".token-sha256 must be 64 lower-case hex digits (sha256sum of the token)");
        }
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException("Kakanai configuration: " + problem);
        }
    }

    /** A first account; without a password hash it signs in at the town's directory. */
    public record StaffUser(String username, Optional<String> displayName, Optional<String> passwordHash,
                            List<StaffRole> roles, List<String> departments) {
        public StaffUser {
            displayName = displayName == null ? Optional.empty() : displayName;
            passwordHash = passwordHash == null ? Optional.empty() : passwordHash;
            roles = roles == null ? List.of() : List.copyOf(roles);
            departments = departments == null ? List.of() : List.copyOf(departments);
        }

        @Override
        public String toString() {
            return Redacted.record(this, "username", "roles", "departments");
        }
    }

    /**
     * A counter PC. Its token is random and long (at least 128 bits), so a plain SHA-256 is enough to
     * keep it unreadable in configuration; a bcrypt check on every check-in would cost ~100 ms each.
     */
    public record KioskDevice(String id, String tokenSha256) {
        @Override
        public String toString() {
            return Redacted.record(this, "id");
        }
    }
}
