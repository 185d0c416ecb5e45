package jp.kakanai.kiosk.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the kiosk program runs on a clerk's desk: the one web origin whose pages may use the desk's card
 * reader (the Kakanai server's, e.g. {@code http://kakanai.town.local:8080}), the local port, and the reader.
 */
public record DeskSettings(String allowedOrigin, int port, Optional<String> readerName) {
    public static final int DEFAULT_PORT = 8091;

    public DeskSettings {
        allowedOrigin = origin(allowedOrigin);
        Objects.requireNonNull(readerName, "readerName");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("the port must be 0 to 65535, not " + port);
        }
    }

    /**
     * An origin as browsers send it in the {@code Origin} header: scheme, host and a port other than the
     * scheme's default, lower case, no path. A server URL ({@code http://Server:8080/staff/}) gives its origin.
     */
    public static String origin(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("the allowed origin is missing (--allow-origin http://server:8080)");
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("the allowed origin must be an http:// or https:// URL, not '" + url + "'");
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the allowed origin is not a URL: '" + url + "'");
        }
    }
}
