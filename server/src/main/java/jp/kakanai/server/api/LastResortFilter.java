package jp.kakanai.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter: what escapes everything inside it — Spring Session looking a session up in the
 * database, Spring Security, a servlet — is logged here by type and place only ({@link MessageFreeTrace}) and
 * answered with a JSON 500 carrying a reference. Without it Tomcat logs such an exception in full, messages
 * included ("Servlet.service() … threw exception": a database error may quote the value it refused), then
 * renders /error, which fails the same way when the database is what failed. A database out of reach is a 503
 * ({@link DatabaseUnavailable}), as in the API. Also answers 404 to a client that
 * asks for /error itself: Spring's error controller would answer that with a 500 (it has no error to show).
 */
public class LastResortFilter extends OncePerRequestFilter {
    private static final Logger LOG = LoggerFactory.getLogger(LastResortFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.REQUEST && "/error".equals(request.getRequestURI())) {
            answer(response, 404, ApiError.of("No such resource."));
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            if (DatabaseUnavailable.isCauseOf(e)) {
                ApiError error = DatabaseUnavailable.logged(e);
                if (!response.isCommitted()) {
                    response.reset();
                    response.setHeader("Retry-After", Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
                    answer(response, 503, error);
                }
                return;
            }
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Unexpected error outside the API's handlers, reference {}: {}", reference, MessageFreeTrace.of(e));
            if (!response.isCommitted()) {
                response.reset();
                answer(response, 500, ApiError.of("Internal error (reference " + reference + ")."));
            }
        }
    }

    /** Also around error dispatches: rendering /error may fail as the request did. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    private static void answer(HttpServletResponse response, int status, ApiError error) throws IOException {
        byte[] body;
        try {
            body = ApiJson.mapper().writeValueAsBytes(error);
        } catch (JsonProcessingException e) {
            body = "{\"error\": \"Internal error.\"}".getBytes(StandardCharsets.UTF_8);
        }
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
