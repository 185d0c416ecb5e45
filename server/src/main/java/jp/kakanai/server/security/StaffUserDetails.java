package jp.kakanai.server.security;

import jp.kakanai.server.account.StaffAccount;
import jp.kakanai.server.account.StaffAccounts;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The local accounts (a password kept here) for form and HTTP Basic sign-in. Directory accounts are not
 * found here: their password is the directory's. Lock and disable are checked before the password, in
 * {@link ThrottledSignIn}, for every kind of account alike.
 */
final class StaffUserDetails implements UserDetailsService {
    private final StaffAccounts accounts;

    StaffUserDetails(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffAccount account = accounts.find(username)
                .filter(a -> a.source() == StaffAccount.Source.LOCAL && a.passwordHash().isPresent())
                .orElseThrow(() -> new UsernameNotFoundException("no local account"));
        return User.withUsername(account.username()).password(account.passwordHash().orElseThrow())
                .authorities(StaffAuthorities.of(account)).disabled(!account.enabled()).build();
    }
}
