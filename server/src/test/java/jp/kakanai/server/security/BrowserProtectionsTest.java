package jp.kakanai.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.demo.DemoCredentials;
import org.junit.jupiter.api.Test;

/**
 * What a browser is told to hold the staff pages to: CSP without inline code, no referrer, HSTS and
 * Secure cookies once a TLS proxy forwards the request, and the CSRF token on every request that rides on
 * the session cookie, even one that also carries an {@code Authorization} header.
 */
class BrowserProtectionsTest extends ServerHttpTest {
    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void staffPagesForbidInlineCodeAndReferrers() throws Exception {
        for (String page : List.of("/login.html", "/board/", "/home/")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri(page)));
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(page)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'", "style-src 'self'",
                            "object-src 'none'", "frame-ancestors 'none'").doesNotContain("unsafe"));
            assertThat(response.headers().firstValue("Referrer-Policy")).as(page).hasValue("no-referrer");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(page).hasValue("nosniff");
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as("plain HTTP: no HSTS").isEmpty();
        }
    }

    @Test
    void noPageHasInlineScriptOrStyleTheirPolicyWouldBlock() throws IOException {
        Path pages = Path.of("src/main/resources/static");
        try (Stream<Path> files = Files.walk(pages)) {
            for (Path html : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String text = Files.readString(html);
                assertThat(text).as(html.toString()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
                        .doesNotContain("<style", " style=\"", " onclick=", " onload=", "javascript:");
            }
        }
    }

    @Test
    void behindTlsTheServerSendsHstsAndSecureCookies() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/login.html")).header("X-Forwarded-Proto", "https"));
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(h -> assertThat(h).contains("max-age=31536000"));
        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("XSRF-TOKEN="))
                .singleElement().satisfies(c -> assertThat(c).contains("Secure"));

        HttpResponse<String> login = logIn("https");
        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith(SecurityConfig.SESSION_COOKIE + "="))
                .singleElement().satisfies(c -> assertThat(c).contains("Secure", "HttpOnly", "SameSite=Strict"));
    }

    @Test
    void aSessionCookieNeedsTheCsrfTokenEvenBesideAnAuthorizationHeader() throws Exception {
        logIn("http");
        String purge = "/api/privacy/my-number/purge";
        HttpResponse<String> withoutToken = send(HttpRequest.newBuilder(uri("/api/visits/x/checklist/items"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("nobody:wrong".getBytes()))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(withoutToken.statusCode()).as(withoutToken.body()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("CSRF");

        HttpResponse<String> bearerAndCookie = send(HttpRequest.newBuilder(uri(purge))
                .header("Authorization", "Bearer anything").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(bearerAndCookie.statusCode()).isEqualTo(403);
        assertThat(bearerAndCookie.body()).contains("CSRF");

        HttpResponse<String> withToken = send(HttpRequest.newBuilder(uri("/api/visits/x/checklist/items"))
                .header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(withToken.statusCode()).as("the page's own request passes the CSRF check").isEqualTo(404);
    }

    /**
     * The login page's script posting the form. Behind TLS the cookies are Secure, which this plain-HTTP
     * client keeps but does not send: the test sends the token cookie itself, as the browser would.
     */
    private HttpResponse<String> logIn(String scheme) throws Exception {
        send(HttpRequest.newBuilder(uri("/login.html")).header("X-Forwarded-Proto", scheme));
        String token = cookie("XSRF-TOKEN");
        String form = "username=" + DemoCredentials.CLERK + "&password="
                + URLEncoder.encode(DemoCredentials.CLERK_PASSWORD, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-Proto", scheme)
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (scheme.equals("https")) {
            request.header("Cookie", "XSRF-TOKEN=" + token);
        }
        HttpResponse<String> login = send(request);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return login;
    }

    private String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no " + name));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
