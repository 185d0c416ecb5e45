package jp.kakanai.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.KakanaiServer;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sign-in through the town's directory, the usual path: a real in-process LDAP server (UnboundID) checks
 * the password by a bind, and a real OpenID Connect provider (mock-oauth2-server) signs the person in by
 * redirects; in both cases the Kakanai account of the same name (source directory) says what they may do,
 * and a person the directory knows but no administrator gave an account is refused.
 */
class DirectorySignInTest {
    private static final String PASSWORD = "directory-pass-1234";
    private static InMemoryDirectoryServer ldap;
    private static MockOAuth2Server openId;
    private static ConfigurableApplicationContext server;

    @BeforeAll
    static void startDirectoryProviderAndServer(@TempDir Path dataDir) throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=town,dc=example");
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
        ldap = new InMemoryDirectoryServer(config);
        ldap.add("dn: dc=town,dc=example", "objectClass: top", "objectClass: domain", "dc: town");
        ldap.add("dn: ou=people,dc=town,dc=example", "objectClass: top", "objectClass: organizationalUnit", "ou: people");
        for (String uid : List.of("yamada", "stranger")) {
            ldap.add("dn: uid=" + uid + ",ou=people,dc=town,dc=example", "objectClass: top", "objectClass: person",
                    "objectClass: organizationalPerson", "objectClass: inetOrgPerson", "uid: " + uid, "cn: " + uid,
                    "sn: " + uid, "userPassword: " + PASSWORD);
        }
        ldap.startListening();
        openId = new MockOAuth2Server();
        openId.start();
        server = new SpringApplicationBuilder(KakanaiServer.class).profiles("demo").run("--server.port=0",
                "--kakanai.data-dir=" + dataDir, "--kakanai.queue.prefetch=false",
                "--kakanai.security.staff[0].username=yamada", "--kakanai.security.staff[0].roles=ONE_STOP",
                "--kakanai.security.ldap.url=ldap://127.0.0.1:" + ldap.getListenPort(),
                "--kakanai.security.ldap.base=dc=town,dc=example",
                "--kakanai.security.ldap.user-dn-pattern=uid={0},ou=people",
                "--kakanai.security.oidc.issuer-uri=" + openId.issuerUrl("town"),
                "--kakanai.security.oidc.client-id=kakanai",
                "--kakanai.security.oidc.client-secret-file=" + secret(dataDir.resolveSibling(dataDir.getFileName() + "-oidc")));
    }

    private static Path secret(Path file) throws java.io.IOException {
        java.nio.file.Files.writeString(file, "not-so-secret\n");
        java.nio.file.Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    @AfterAll
    static void stop() {
        server.close();
        openId.shutdown();
        ldap.shutDown(true);
    }

    private static String base() {
        return "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
    }

    @Test
    void theDirectoryChecksThePasswordAndTheAccountGivesTheRights() {
        HttpFixture http = new HttpFixture(base());
        assertThat(http.asStaff("yamada", PASSWORD).get("/api/visits").statusCode()).isEqualTo(200);
        assertThat(http.asStaff("yamada", "wrong-password-here").get("/api/visits").statusCode()).isEqualTo(401);
        assertThat(http.asStaff("stranger", PASSWORD).get("/api/visits").statusCode())
                .as("known to the directory, but no Kakanai account").isEqualTo(401);
        JdbcClient jdbc = server.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select count(*) from staff_account where username = 'yamada' and password_hash is null")
                .query(Integer.class).single()).as("no password of the directory is kept here").isOne();
        assertThat(jdbc.sql("select count(*) from access_log where action = 'sign-in-failed' and actor = 'yamada'")
                .query(Integer.class).single()).isPositive();
    }

    @Test
    void theOpenIdConnectProviderSignsInAnAccountHolderAndRefusesAStranger() throws Exception {
        openId.enqueueCallback(new DefaultOAuth2TokenCallback("town", "u-123", JOSEObjectType.JWT.getType(),
                List.of("kakanai"), Map.of("preferred_username", "yamada"), 3600));
        HttpClient browser = browser();
        String landing = followSignIn(browser);
        assertThat(landing).endsWith("/staff/");
        assertThat(browser.send(HttpRequest.newBuilder(URI.create(base() + "/api/visits")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(server.getBean(JdbcClient.class).sql("select count(*) from access_log where action = 'sign-in'"
                + " and actor = 'yamada' and purpose = 'OpenID Connect'").query(Integer.class).single()).isOne();

        openId.enqueueCallback(new DefaultOAuth2TokenCallback("town", "u-999", JOSEObjectType.JWT.getType(),
                List.of("kakanai"), Map.of("preferred_username", "stranger"), 3600));
        assertThat(followSignIn(browser())).endsWith("/login.html?error&no-account");
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The redirects a browser follows from the login page's button: to the provider and back. */
    private static String followSignIn(HttpClient browser) throws Exception {
        URI next = URI.create(base() + "/oauth2/authorization/town");
        for (int hop = 0; hop < 6; hop++) {
            HttpResponse<String> response = browser.send(HttpRequest.newBuilder(next).build(),
                    HttpResponse.BodyHandlers.ofString());
            String location = response.headers().firstValue("Location").orElse(null);
            if (response.statusCode() / 100 != 3 || location == null) {
                return next.toString();
            }
            if (location.contains("/staff/") || location.contains("/login.html")) {
                return location;
            }
            next = next.resolve(location);
        }
        throw new AssertionError("too many redirects");
    }
}
