package jp.kakanai.server.security;

import jp.kakanai.server.account.StaffAccount;
import jp.kakanai.server.account.StaffAccounts;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Sign-in through the town's OpenID Connect provider (Keycloak, Entra ID, …; Spring Boot's
 * {@code spring.security.oauth2.client.registration.<id>.*} and {@code …provider.<id>.issuer-uri}). The
 * provider proves who someone is, with its own second factor where the town turns it on; the claim
 * {@code kakanai.security.oidc.username-claim} (default {@code preferred_username}) names the Kakanai account
 * (source {@code directory}, enabled, not locked) whose roles and departments apply. Someone without such an
 * account is refused, and the refusal is logged.
 */
public final class OpenIdSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {
    private final OidcUserService provider = new OidcUserService();
    private final StaffAccounts accounts;
    private final SignInEvents events;
    private final jp.kakanai.server.OfficeClock clock;
    private final String usernameClaim;

    OpenIdSignIn(StaffAccounts accounts, SignInEvents events, jp.kakanai.server.OfficeClock clock, String usernameClaim) {
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        String username = user.getClaimAsString(usernameClaim);
        var account = username == null ? java.util.Optional.<StaffAccount>empty() : accounts.find(username)
                .filter(a -> a.source() == StaffAccount.Source.DIRECTORY && a.enabled() && !a.lockedAt(clock.now()));
        if (account.isEmpty()) {
            events.failed(username == null ? java.util.Optional.empty() : accounts.find(username).map(StaffAccount::username),
                    "OpenID Connect: no enabled directory account for the claim " + usernameClaim, null);
            throw new OAuth2AuthenticationException(new OAuth2Error("no_account",
                    "Signed in at the town's provider, but there is no Kakanai account for this name.", null));
        }
        return new DefaultOidcUser(StaffAuthorities.of(account.get()), user.getIdToken(), user.getUserInfo(), usernameClaim);
    }
}
