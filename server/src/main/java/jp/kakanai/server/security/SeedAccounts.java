package jp.kakanai.server.security;

import jakarta.annotation.PostConstruct;
import java.util.Set;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.account.StaffAccount;
import jp.kakanai.server.account.StaffAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The accounts named in the configuration ({@code kakanai.security.staff[i]}: the demo's, or a town's first
 * administrator) are created in the database at start-up when they do not exist there yet; from then on
 * they are managed on the administrators' page, and the configuration no longer changes them.
 */
@Component
class SeedAccounts {
    private static final Logger LOG = LoggerFactory.getLogger(SeedAccounts.class);
    private final StaffAccounts accounts;
    private final AccessProperties access;
    private final OfficeClock clock;

    SeedAccounts(StaffAccounts accounts, AccessProperties access, OfficeClock clock) {
        this.accounts = accounts;
        this.access = access;
        this.clock = clock;
    }

    @PostConstruct
    void createMissing() {
        for (AccessProperties.StaffUser user : access.staff()) {
            if (accounts.exists(user.username())) {
                continue;
            }
            try {
                accounts.insert(new StaffAccount(user.username(), user.displayName().orElse(user.username()),
                        user.passwordHash().isPresent() ? StaffAccount.Source.LOCAL : StaffAccount.Source.DIRECTORY,
                        user.passwordHash(), Set.copyOf(user.roles()), Set.copyOf(user.departments()), true, false, false,
                        0, java.util.Optional.empty()), clock.now(), "configuration");
                LOG.info("Created the staff account '{}' from the configuration", user.username());
            } catch (DuplicateKeyException anotherServerWasFaster) {
                // created by a server starting at the same time
            }
        }
        if (accounts.all().isEmpty()) {
            LOG.warn("No staff accounts: nobody can sign in. Name a first administrator in kakanai.security.staff[0]"
                    + " (username, password-hash, roles=ADMIN) or, with a directory, (username, roles=ADMIN).");
        }
    }
}
