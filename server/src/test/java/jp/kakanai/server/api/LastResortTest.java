package jp.kakanai.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What escapes every handler — found in the test logs: Spring Session's session lookup failing when the
 * connection pool is exhausted, which Tomcat logged in full and then failed again rendering /error — ends
 * at {@link LastResortFilter}: a JSON 500 with a reference, and a log line with types and places only. A
 * scheduled task's failure (the snapshot publisher's, with the pool exhausted) is logged the same way.
 */
@ExtendWith(OutputCaptureExtension.class)
class LastResortTest {
    private static final String VALUE = "山田 太郎";

    @Test
    void anExceptionEscapingTheFiltersIsAnsweredAndLoggedWithoutItsMessages(CapturedOutput output) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/visits");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new LastResortFilter().doFilter(request, response, (req, res) -> {
            res.getWriter().write("half an answer");
            throw new CannotCreateTransactionException("Could not open JDBC Connection for " + VALUE,
                    new SQLException("Value too long for column: '" + VALUE + "'"));
        });

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString()).matches("\\{\"error\":\"Internal error \\(reference [0-9a-f]{8}\\)\\.\"}");
        assertThat(output.getAll()).contains("Unexpected error outside the API's handlers, reference",
                CannotCreateTransactionException.class.getName(), "Caused by: java.sql.SQLException")
                .doesNotContain(VALUE, "Value too long");
    }

    @Test
    void aDatabaseOutOfReachIsA503TheClientMayRetry(CapturedOutput output) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        new LastResortFilter().doFilter(new MockHttpServletRequest("GET", "/api/visits"), response, (req, res) -> {
            throw new CannotCreateTransactionException("Could not open JDBC Connection for " + VALUE,
                    new java.sql.SQLTransientConnectionException("HikariPool-1 - Connection is not available, " + VALUE));
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentAsString()).isEqualTo(
                "{\"error\":\"The database does not answer at the moment. Try again in a few seconds.\"}");
        assertThat(output.getAll()).contains("The database does not answer; answered 503")
                .doesNotContain(VALUE);
    }

    @Test
    void aFailureWhileRenderingAnErrorPageEndsHereToo(CapturedOutput output) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setDispatcherType(DispatcherType.ERROR);
        MockHttpServletResponse response = new MockHttpServletResponse();

        new LastResortFilter().doFilter(request, response, (req, res) -> {
            throw new IllegalStateException(VALUE);
        });

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(output.getAll()).doesNotContain(VALUE);
    }

    @Test
    void anAnswerAlreadySentIsLeftAsItIs(CapturedOutput output) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        new LastResortFilter().doFilter(new MockHttpServletRequest("GET", "/api/board"), response, (req, res) -> {
            res.getWriter().write("[]");
            res.flushBuffer();
            throw new IllegalStateException(VALUE);
        });

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo("[]");
        assertThat(output.getAll()).doesNotContain(VALUE);
    }

    @Test
    void errorAskedForDirectlyIsNotFound() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        new LastResortFilter().doFilter(new MockHttpServletRequest("GET", "/error"), response,
                (req, res) -> ((HttpServletResponse) res).setStatus(500));

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString()).isEqualTo("{\"error\":\"No such resource.\"}");
    }

    @Test
    void aScheduledTaskFailureIsLoggedWithoutItsMessages(CapturedOutput output) throws Exception {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        new LastResortSetup().messageFreeScheduledTaskErrors().customize(scheduler);
        scheduler.initialize();
        try {
            CountDownLatch ran = new CountDownLatch(1);
            scheduler.schedule(() -> {
                ran.countDown();
                throw new IllegalStateException(VALUE);
            }, Instant.now());
            assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(200);
        } finally {
            scheduler.shutdown();
        }
        assertThat(output.getAll()).contains("A scheduled task failed", IllegalStateException.class.getName())
                .doesNotContain(VALUE);
    }
}
