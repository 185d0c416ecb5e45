package jp.kakanai.server.account;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.api.ApiProblem;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import jp.kakanai.forms.text.Redacted;

/**
 * What administrators do with accounts: create, change roles and departments, disable, reset a password
 * (a one-time password the person must change at the next sign-in), unlock, turn the second factor off.
 * Each change is a row of the access log (who changed whose account, how; never a password).
 */
@Service
public class AccountAdministration {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    /** One-time passwords without look-alike characters, read out over the phone or handed on paper. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private final StaffAccounts accounts;
    private final PasswordEncoder encoder;
    private final DepartmentIds departments;
    private final SecondFactors secondFactors;
    private final AccountLog log;
    private final OfficeClock clock;
    private final SecureRandom random = new SecureRandom();

    public AccountAdministration(StaffAccounts accounts, PasswordEncoder encoder, DepartmentIds departments,
                                 SecondFactors secondFactors, AccountLog log, OfficeClock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.departments = departments;
        this.secondFactors = secondFactors;
        this.log = log;
        this.clock = clock;
    }

    /** A new account or a reset password: the one-time password is shown once, to the administrator. */
    public record OneTimePassword(String username, Optional<String> password) {
        @Override
        public String toString() {
            return Redacted.record(this, "username");
        }
    }

    @Transactional
    public OneTimePassword create(AccountRequests.NewAccount request, String admin) {
        String username = request.username() == null ? "" : request.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw ApiProblem.badField("username", "1-64 letters, digits, '.', '_', '@' or '-'.");
        }
        if (accounts.exists(username)) {
            throw new ApiProblem(409, "An account '" + username + "' exists already.", "username");
        }
        StaffAccount.Source source = sourceOf(request.source());
        Access access = accessOf(request.displayName(), request.roles(), request.departments());
        Optional<String> password = source == StaffAccount.Source.LOCAL ? Optional.of(oneTimePassword()) : Optional.empty();
        accounts.insert(new StaffAccount(username, access.displayName(), source, password.map(encoder::encode),
                access.roles(), access.departments(), true, password.isPresent(), false, 0, Optional.empty()),
                clock.now(), admin);
        log.changed(admin, "create " + username + " (" + source.id() + ") roles=" + access.roles() + " departments="
                + access.departments());
        return new OneTimePassword(username, password);
    }

    @Transactional
    public StaffAccount change(String username, AccountRequests.Change request, String admin) {
        StaffAccount account = require(username);
        Access access = accessOf(request.displayName(), request.roles(), request.departments());
        boolean enabled = request.enabled() == null ? account.enabled() : request.enabled();
        if (username.equals(admin) && (!enabled || !access.roles().contains(StaffRole.ADMIN))) {
            throw new ApiProblem(409, "Administrators cannot disable themselves or take away their own ADMIN role:"
                    + " ask another administrator.", "roles");
        }
        accounts.updateAccess(username, access.displayName(), access.roles(), access.departments(), enabled, clock.now(), admin);
        log.changed(admin, "change " + username + " roles=" + access.roles() + " departments=" + access.departments()
                + (enabled ? "" : " disabled"));
        return require(username);
    }

    @Transactional
    public OneTimePassword resetPassword(String username, String admin) {
        StaffAccount account = require(username);
        if (account.source() != StaffAccount.Source.LOCAL) {
            throw new ApiProblem(409, username + " signs in at the town's directory: its password is changed there.", null);
        }
        String password = oneTimePassword();
        accounts.setPassword(username, encoder.encode(password), true, clock.now(), admin);
        log.changed(admin, "reset password of " + username);
        return new OneTimePassword(username, Optional.of(password));
    }

    @Transactional
    public void unlock(String username, String admin) {
        require(username);
        accounts.unlock(username, clock.now(), admin);
        log.changed(admin, "unlock " + username);
    }

    @Transactional
    public void turnOffSecondFactor(String username, String admin) {
        require(username);
        secondFactors.disable(username, admin);
        log.changed(admin, "second factor off for " + username);
    }

    public List<StaffAccount> all() {
        return accounts.all();
    }

    private StaffAccount require(String username) {
        return accounts.find(username).orElseThrow(() -> ApiProblem.notFound("No account '" + username + "'."));
    }

    private record Access(String displayName, Set<StaffRole> roles, Set<String> departments) {
    }

    private Access accessOf(String displayName, List<String> roleNames, List<String> departmentIds) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
            throw ApiProblem.badField("displayName", "The name colleagues know (1-100 characters).");
        }
        if (roleNames == null || roleNames.isEmpty()) {
            throw ApiProblem.badField("roles", "At least one role: " + List.of(StaffRole.values()) + ".");
        }
        Set<StaffRole> roles = new java.util.LinkedHashSet<>();
        for (String name : roleNames) {
            try {
                roles.add(StaffRole.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw ApiProblem.badField("roles", "No role '" + name + "'; roles are " + List.of(StaffRole.values()) + ".");
            }
        }
        Set<String> assigned = Set.copyOf(departmentIds == null ? List.of() : departmentIds);
        assigned.stream().filter(d -> !departments.exists(d)).findFirst().ifPresent(d -> {
            throw ApiProblem.badField("departments", "No department '" + d + "'; known: " + departments.all() + ".");
        });
        if (roles.contains(StaffRole.CLERK) && assigned.isEmpty()) {
            throw ApiProblem.badField("departments", "A CLERK works for at least one department.");
        }
        return new Access(displayName.strip(), roles, assigned);
    }

    private static StaffAccount.Source sourceOf(String source) {
        if (source == null || source.equals("local")) {
            return StaffAccount.Source.LOCAL;
        }
        if (source.equals("directory")) {
            return StaffAccount.Source.DIRECTORY;
        }
        throw ApiProblem.badField("source", "Either 'local' (a password here) or 'directory' (the town's directory).");
    }

    private String oneTimePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

}
