package jp.kakanai.server.security;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The town's OpenID Connect provider for staff sign-in ({@code kakanai.security.oidc.*}; Keycloak, Entra ID,
 * …): the login page then offers a button "<name> でログイン".
 *
 * @param issuerUri        the provider's issuer, e.g. {@code https://sso.town.lg.jp/realms/staff}; its
 *                         discovery document is read at start-up
 * @param clientId         the client registered for Kakanai at the provider
 * @param clientSecretFile its secret, in a file of mode 600 kept apart from the data folder
 * @param name             the button's label, e.g. 庁内アカウント
 * @param usernameClaim    the claim that names the Kakanai account (default {@code preferred_username})
 */
@ConfigurationProperties("kakanai.security.oidc")
public record OpenIdProperties(String issuerUri, String clientId, Path clientSecretFile, String name,
                               String usernameClaim) {
    static final String REGISTRATION = "town";

    public OpenIdProperties {
        name = name == null || name.isBlank() ? "庁内アカウント" : name;
        usernameClaim = usernameClaim == null || usernameClaim.isBlank() ? "preferred_username" : usernameClaim;
    }
}
