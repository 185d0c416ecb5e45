package jp.kakanai.server.security;

import jp.kakanai.server.privacy.KeyFiles;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * The OpenID Connect client registration, made at start-up from {@code kakanai.security.oidc.*} and the
 * provider's discovery document (authorization code flow with PKCE, scopes openid and profile).
 */
@Configuration
@ConditionalOnProperty("kakanai.security.oidc.issuer-uri")
class OpenIdProvider {
    @Bean
    ClientRegistrationRepository openIdConnectProviders(OpenIdProperties oidc) {
        if (oidc.clientId() == null || oidc.clientId().isBlank()) {
            throw new IllegalStateException("Kakanai configuration: kakanai.security.oidc.issuer-uri is set; set"
                    + " kakanai.security.oidc.client-id (and client-secret-file) as registered at the provider");
        }
        String secret = java.util.Optional.ofNullable(oidc.clientSecretFile())
                .map(file -> KeyFiles.readSecret(file, "kakanai.security.oidc.client-secret-file")).orElse(null);
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(oidc.issuerUri())
                .registrationId(OpenIdProperties.REGISTRATION).clientId(oidc.clientId()).clientSecret(secret)
                .clientName(oidc.name()).scope("openid", "profile")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").build();
        return new InMemoryClientRegistrationRepository(registration);
    }
}
