package jp.kakanai.kiosk.app;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * The desk's card reader answers the clerk's page of the Kakanai server and nothing else. The API listens on
 * 127.0.0.1 only (the network cannot reach it); a {@code Host} that is not this server's is refused (DNS
 * rebinding); a page of any other origin is refused, even for requests a browser would send without asking
 * (CORS alone only hides the answer); the configured origin gets the CORS headers, including
 * {@code Access-Control-Allow-Private-Network} for Chrome's check on a public or LAN page calling localhost.
 */
@PreMatching
final class DeskOriginFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private final String allowedOrigin;
    private final IntSupplier port;

    DeskOriginFilter(String allowedOrigin, IntSupplier port) {
        this.allowedOrigin = allowedOrigin;
        this.port = port;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!LocalOnlyFilter.isOwnHost(request.getHeaderString("Host"), port.getAsInt())) {
            request.abortWith(LocalProblem.response(403, "This card reader answers only on this PC.", null));
            return;
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null && !allowedOrigin.equals(origin.toLowerCase(Locale.ROOT))) {
            request.abortWith(LocalProblem.response(403, "This card reader answers only the pages of "
                    + allowedOrigin + ".", null));
            return;
        }
        if (origin != null && HttpMethod.OPTIONS.equals(request.getMethod())) {
            Response.ResponseBuilder preflight = Response.noContent()
                    .header("Access-Control-Allow-Methods", "GET, POST")
                    .header("Access-Control-Allow-Headers", "Content-Type")
                    .header("Access-Control-Max-Age", "600");
            if ("true".equals(request.getHeaderString("Access-Control-Request-Private-Network"))) {
                preflight.header("Access-Control-Allow-Private-Network", "true");
            }
            request.abortWith(preflight.build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        if (origin != null && allowedOrigin.equals(origin.toLowerCase(Locale.ROOT))) {
            response.getHeaders().putSingle("Access-Control-Allow-Origin", origin);
        }
        response.getHeaders().add("Vary", "Origin");
    }
}
