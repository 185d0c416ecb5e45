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
import java.nio.file.Path;
import jp.kakanai.server.KakanaiServer;
import jp.kakanai.server.demo.DemoCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two servers on one database behave as one: a clerk who logged in at one is logged in at the other, so a
 * prefecture-wide service can put any number of stateless servers behind one address.
 */
class SharedSessionsTest {

    @Test
    void clerkLoggedInAtOneServerIsLoggedInAtTheOther(@TempDir Path dataDir) throws Exception {
        try (ConfigurableApplicationContext first = start(dataDir);
             ConfigurableApplicationContext second = start(dataDir)) {
            CookieManager cookies = new CookieManager();
            HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER).build();

            // The login page's script sends the XSRF-TOKEN cookie back as a header (csrf.spa()).
            browser.send(HttpRequest.newBuilder(uri(first, "/login.html")).build(), HttpResponse.BodyHandlers.discarding());
            String form = "username=" + DemoCredentials.CLERK + "&password="
                    + URLEncoder.encode(DemoCredentials.CLERK_PASSWORD, StandardCharsets.UTF_8);
            HttpResponse<Void> login = browser.send(HttpRequest.newBuilder(uri(first, "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-XSRF-TOKEN", cookie(cookies, "XSRF-TOKEN"))
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

            String session = cookie(cookies, "SESSION");
            HttpResponse<String> atSecond = send(second, "/api/visits", session);
            assertThat(atSecond.statusCode()).as(atSecond.body()).isEqualTo(200);
            assertThat(send(second, "/api/visits", "not-a-session").statusCode()).isEqualTo(401);
        }
    }

    private static HttpResponse<String> send(ConfigurableApplicationContext server, String path, String session)
            throws IOException, InterruptedException {
        // A fresh client with nothing but the session cookie: the second server knows the login only from the database.
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(server, path))
                .header("Cookie", "SESSION=" + session).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(CookieManager cookies, String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie; have " + cookies.getCookieStore().getCookies()));
    }

    private static URI uri(ConfigurableApplicationContext server, String path) {
        return URI.create("http://localhost:" + server.getEnvironment().getProperty("local.server.port") + path);
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(KakanaiServer.class).profiles("demo")
                .run("--server.port=0", "--kakanai.data-dir=" + dataDir);
    }
}
