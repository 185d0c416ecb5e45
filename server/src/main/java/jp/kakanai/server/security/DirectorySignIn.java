package jp.kakanai.server.security;

import java.util.Collection;
import jp.kakanai.server.account.StaffAccount;
import jp.kakanai.server.account.StaffAccounts;
import jp.kakanai.server.privacy.KeyFiles;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.authentication.LdapAuthenticationProvider;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;
import org.springframework.security.ldap.userdetails.LdapAuthoritiesPopulator;
import org.springframework.stereotype.Component;

/**
 * Sign-in with the password of the town's directory (Spring Security LDAP: a bind as the user, so the
 * password is checked by the directory and never stored here). The rights come from the Kakanai account of
 * the same name with source {@code directory}, enabled: someone the directory knows but no administrator
 * gave an account is refused. Throttling, lockout, second factor and logging are {@link ThrottledSignIn}'s,
 * as for local accounts. Active Directory is an LDAP server to this: search by
 * {@code (sAMAccountName={0})} with a read-only service account, then bind as the entry found.
 */
@Component
@ConditionalOnProperty("kakanai.security.ldap.url")
public class DirectorySignIn {
    private final AuthenticationProvider provider;

    public DirectorySignIn(DirectoryProperties directory, StaffAccounts accounts) {
        LdapAuthoritiesPopulator rights = (DirContextOperations entry, String username) -> rightsOf(accounts, username);
        String url = directory.base() == null || directory.base().isBlank() ? directory.url()
                : directory.url().strip() + "/" + directory.base();
        DefaultSpringSecurityContextSource source = new DefaultSpringSecurityContextSource(url);
        if (directory.managerDn() != null && !directory.managerDn().isBlank()) {
            source.setUserDn(directory.managerDn());
            source.setPassword(java.util.Optional.ofNullable(directory.managerPasswordFile())
                    .map(file -> KeyFiles.readSecret(file, "kakanai.security.ldap.manager-password-file")).orElse(""));
        }
        source.afterPropertiesSet();
        BindAuthenticator bind = new BindAuthenticator(source);
        if (!directory.userDnPatterns().isEmpty()) {
            bind.setUserDnPatterns(directory.userDnPatterns().toArray(String[]::new));
        } else if (directory.userSearchFilter() != null) {
            bind.setUserSearch(new FilterBasedLdapUserSearch(directory.userSearchBase() == null ? ""
                    : directory.userSearchBase(), directory.userSearchFilter(), source));
        } else {
            throw new IllegalStateException("Kakanai configuration: kakanai.security.ldap.url is set; name where users are"
                    + " with kakanai.security.ldap.user-dn-pattern (uid={0},ou=people) or"
                    + " kakanai.security.ldap.user-search-filter ((uid={0}))");
        }
        this.provider = new LdapAuthenticationProvider(bind, rights);
    }

    public AuthenticationProvider provider() {
        return provider;
    }

    static Collection<? extends GrantedAuthority> rightsOf(StaffAccounts accounts, String username) {
        return accounts.find(username).filter(a -> a.source() == StaffAccount.Source.DIRECTORY && a.enabled())
                .map(StaffAuthorities::of).orElseThrow(SignInRefused.NoAccount::new);
    }
}
