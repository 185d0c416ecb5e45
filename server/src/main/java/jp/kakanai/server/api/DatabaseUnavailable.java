package jp.kakanai.server.api;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A request failed because the database does not answer, not because of anything in it: the answer is 503 with
 * {@code Retry-After} and a sentence (the server itself is fine, a retry may succeed), never a 500 with a
 * reference to hunt for. What counts: H2's "database is closed" ({@code 90098}, after H2 gave up its store, e.g.
 * on an OutOfMemoryError in a write; {@code ClosedDatabaseExit} stops the server then) and "called at shutdown"
 * ({@code 90121}); a connection failure of any driver (SQL state class {@code 08}, PostgreSQL's {@code 57P0x}
 * shutting down / not accepting connections); no pool connection within the pool's time limit.
 */
public final class DatabaseUnavailable {
    /** H2's DATABASE_IS_CLOSED: its store was closed underneath the sessions; only a new process opens it again. */
    public static final int H2_DATABASE_IS_CLOSED = 90098;
    static final int H2_CALLED_AT_SHUTDOWN = 90121;
    public static final int RETRY_AFTER_SECONDS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailable.class);

    private DatabaseUnavailable() {
    }

    /** Whether a cause in the chain says the database is out of reach (not that a statement was wrong). */
    public static boolean isCauseOf(Throwable e) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = e; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLException sql && unavailable(sql)) {
                return true;
            }
        }
        return false;
    }

    static boolean unavailable(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return e instanceof SQLTransientConnectionException
                || e.getErrorCode() == H2_DATABASE_IS_CLOSED || e.getErrorCode() == H2_CALLED_AT_SHUTDOWN
                || state.startsWith("08") || state.startsWith("57P0");
    }

    /** The answer's sentence: nothing the clerk or resident did wrong, and the server will be back. */
    public static ApiError error() {
        return ApiError.of("The database does not answer at the moment. Try again in a few seconds.");
    }

    /** Logged by kind only (the trace says where; the supervisor's health check says how long). */
    static ApiError logged(Throwable e) {
        LOG.warn("The database does not answer; answered 503: {}", MessageFreeTrace.of(e));
        return error();
    }

    static Response answer(Throwable e) {
        return Response.fromResponse(logged(e).toResponse(503)).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }
}
