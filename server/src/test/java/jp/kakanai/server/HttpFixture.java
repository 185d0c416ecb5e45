package jp.kakanai.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import jp.kakanai.server.api.ApiJson;
import jp.kakanai.server.demo.DemoCredentials;

/** A real HTTP client for the tests, as kiosk (bearer token), staff (Basic) or anonymous. */
public final class HttpFixture {
    private final String base;
    private final HttpClient client;
    private final CookieManager cookies;
    private String authorization;
    private boolean sendXsrfToken;

    public HttpFixture(String base) {
        this.base = base;
        this.cookies = new CookieManager();
        this.client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Staff logged in through the login form, as the staff pages are: later requests carry the session
     * cookie and send the XSRF-TOKEN cookie back as a header. Unlike HTTP Basic, no request after the login
     * pays for bcrypt, so load tests measure the server's work, not the password hash.
     */
    public HttpFixture loggedIn(String user, String password) {
        get("/login.html");
        var login = send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", xsrfToken())
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))),
                HttpResponse.BodyHandlers.discarding());
        if (login.headers().firstValue("Location").orElse("error").contains("error")) {
            throw new IllegalStateException("login of " + user + " refused: " + login.statusCode());
        }
        sendXsrfToken = true;
        return this;
    }

    /** An anonymous browser that opened a page first: its POSTs carry the XSRF token, as the home page's do. */
    public HttpFixture withXsrfToken() {
        get("/login.html");
        sendXsrfToken = true;
        return this;
    }

    public HttpFixture loggedInAsClerk() {
        return loggedIn(DemoCredentials.CLERK, DemoCredentials.CLERK_PASSWORD);
    }

    private String xsrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    public HttpFixture asKiosk() {
        return withAuthorization("Bearer " + DemoCredentials.KIOSK_TOKEN);
    }

    public HttpFixture asClerk() {
        return asStaff(DemoCredentials.CLERK, DemoCredentials.CLERK_PASSWORD);
    }

    public HttpFixture asManager() {
        return asStaff(DemoCredentials.MANAGER, DemoCredentials.MANAGER_PASSWORD);
    }

    public HttpFixture asStaff(String user, String password) {
        return withAuthorization("Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public HttpFixture withAuthorization(String header) {
        HttpFixture copy = new HttpFixture(base);
        copy.authorization = header;
        return copy;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET with extra headers, given as name, value, name, value, … (e.g. If-None-Match). */
    public HttpResponse<String> get(String path, String... headers) {
        var request = request(path).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(postRequest(path, json), HttpResponse.BodyHandlers.ofString());
    }

    /** A POST with extra headers, given as name, value, name, value, … */
    public HttpResponse<String> postJson(String path, String json, String... headers) {
        var request = postRequest(path, json);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A GET sent without waiting for the answer (load benchmarks). */
    public CompletableFuture<HttpResponse<String>> getAsync(String path) {
        return client.sendAsync(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The same POST, sent without waiting for the answer (to race requests against each other). */
    public CompletableFuture<HttpResponse<String>> postJsonAsync(String path, String json, String... headers) {
        var request = postRequest(path, json);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder postRequest(String path, String json) {
        return request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }

    /** A POST of raw bytes (an upload, e.g. a zip archive). */
    public HttpResponse<String> postBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Any method with a JSON body (PUT, PATCH, …). */
    public HttpResponse<String> sendJson(String method, String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postJson(String path, Object body) {
        try {
            return postJson(path, ApiJson.mapper().writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return ApiJson.mapper().readTree(response.body());
        } catch (IOException e) {
            String body = response.body();
            throw new UncheckedIOException("not JSON (HTTP " + response.statusCode() + "): "
                    + (body.length() > 300 ? body.substring(0, 300) + " …" : body), e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (sendXsrfToken) {
            builder.header("X-XSRF-TOKEN", xsrfToken());
        }
        return builder;
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request.build(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
