package jp.kakanai.kiosk.app;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * Only the kiosk's own page may use the local API. Binding to 127.0.0.1 keeps the network out; this keeps
 * out other web pages the kiosk browser might show: a {@code Host} that is not this server's (DNS
 * rebinding) and a request from another {@code Origin} (cross-site form or fetch) are refused, and so is
 * {@code Origin: null}: that is what a sandboxed iframe, a {@code data:} page or a redirected form sends,
 * never the kiosk's own page, and it once reset a resident's session from a foreign page.
 */
@PreMatching
final class LocalOnlyFilter implements ContainerRequestFilter {
    /** The port is known only once the server is bound (port 0 picks a free one). */
    private final IntSupplier port;

    LocalOnlyFilter(IntSupplier port) {
        this.port = port;
    }

    /** The names of this server as the kiosk's own browser reaches it (and a DNS-rebinding page does not). */
    static Set<String> ownHosts(int port) {
        return Set.of("127.0.0.1:" + port, "localhost:" + port);
    }

    /** Whether a {@code Host} header names this server. */
    static boolean isOwnHost(String host, int port) {
        return host != null && ownHosts(port).contains(host.toLowerCase(Locale.ROOT));
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Set<String> hosts = ownHosts(port.getAsInt());
        String host = request.getHeaderString("Host");
        if (!isOwnHost(host, port.getAsInt())) {
            request.abortWith(LocalProblem.response(403, "This kiosk answers only its own page.", null));
            return;
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null && !hosts.contains(origin.replaceFirst("^http://", ""))) {
            request.abortWith(LocalProblem.response(403, "This kiosk answers only its own page.", null));
        }
    }
}
