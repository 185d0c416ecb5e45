package jp.kakanai.kiosk.checkin;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import jp.kakanai.kiosk.KioskJson;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.jackson.JacksonFeature;

/**
 * The Kakanai server as this kiosk reaches it: base URL, the kiosk's device token, and timeouts, so
 * that a server that does not answer costs the resident seconds, not minutes. Thread-safe.
 */
public final class ServerEndpoint implements AutoCloseable {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);

    private final URI base;
    private final String authorization;
    private final Client client;

    public ServerEndpoint(URI base, String deviceToken) {
        this(base, deviceToken, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT);
    }

    public ServerEndpoint(URI base, String deviceToken, Duration connectTimeout, Duration readTimeout) {
        Objects.requireNonNull(base, "base");
        if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme())) {
            throw new IllegalArgumentException("the server URL must start with http:// or https://, not '" + base + "'");
        }
        if (deviceToken == null || deviceToken.isBlank()) {
            throw new IllegalArgumentException("the kiosk's device token is empty");
        }
        String path = base.getPath() == null || base.getPath().isEmpty() ? "/" : base.getPath();
        this.base = base.resolve(path.endsWith("/") ? path : path + "/");
        this.authorization = "Bearer " + deviceToken.trim();
        this.client = ClientBuilder.newBuilder()
                .register(JacksonFeature.class)
                .register(KioskJson.tolerantResolver())
                .property(ClientProperties.CONNECT_TIMEOUT, (int) connectTimeout.toMillis())
                .property(ClientProperties.READ_TIMEOUT, (int) readTimeout.toMillis())
                .build();
    }

    public URI base() {
        return base;
    }

    /** A JSON request to {@code path} (relative, e.g. {@code api/visits}) with the kiosk's token. */
    public Invocation.Builder request(String path) {
        return client.target(base.resolve(path)).request(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.AUTHORIZATION, authorization);
    }

    /**
     * Sends one request and reads a 2xx answer as {@code type}; everything else becomes a
     * {@link ServerReply} value, never an exception.
     */
    public <T> ServerReply<T> exchange(Invocation invocation, Class<T> type) {
        try (Response response = invocation.invoke()) {
            int status = response.getStatus();
            if (status >= 200 && status < 300) {
                return new ServerReply.Answered<>(response.readEntity(type));
            }
            ServerError error = errorOf(response);
            if (worthRetrying(status)) {
                return new ServerReply.Unreachable<>("the server answered " + status + ": " + error.error());
            }
            return new ServerReply.Refused<>(status, error.error(), error.field(), error.code());
        } catch (ProcessingException e) {
            return new ServerReply.Unreachable<>(describe(e));
        }
    }

    static String describe(ProcessingException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    /** The server's error sentence, field and code from its {@code {"error", "field", "code"}} body, when it sent one. */
    static ServerError errorOf(Response response) {
        try {
            JsonNode body = response.readEntity(JsonNode.class);
            String error = body.path("error").asText("");
            return new ServerError(error.isEmpty() ? "HTTP " + response.getStatus() : error, text(body, "field"),
                    text(body, "code"));
        } catch (ProcessingException | IllegalStateException e) {
            return new ServerError("HTTP " + response.getStatus(), Optional.empty(), Optional.empty());
        }
    }

    private static Optional<String> text(JsonNode body, String name) {
        String value = body.path(name).asText("");
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** True for answers after which the same request may succeed later: overload and server faults. */
    static boolean worthRetrying(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    record ServerError(String error, Optional<String> field, Optional<String> code) {
    }

    @Override
    public void close() {
        client.close();
    }
}
