package jp.kakanai.server.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import jp.kakanai.server.api.MessageFreeTrace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the database answers {@code select 1} within a time limit. A real statement, not
 * {@code Connection.isValid}: after H2 closed its store, {@code isValid} still said true on every pooled connection
 * (it asks the session, not the store) while every statement failed. The statement runs on a thread of its own so
 * that the limit holds also while the pool has no free connection (its own wait is 30 s); callers arriving while a
 * probe is still under way share it rather than pile up threads behind a database that hangs.
 */
final class DatabaseProbe implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseProbe.class);
    private final DataSource database;
    private final Duration limit;
    private final ExecutorService prober = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "database-probe");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Future<Boolean>> underWay = new AtomicReference<>();

    DatabaseProbe(DataSource database, Duration limit) {
        this.database = database;
        this.limit = limit;
    }

    boolean answers() {
        Future<Boolean> probe = underWay.updateAndGet(f -> f == null || f.isDone() ? prober.submit(this::selectOne) : f);
        try {
            return probe.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("Health check: the database did not answer within {}", limit);
            return false;
        } catch (ExecutionException e) {
            LOG.warn("Health check: the database does not answer: {}", MessageFreeTrace.of(e.getCause()));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean selectOne() throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout((int) Math.max(1, limit.toSeconds()));
            try (var result = statement.executeQuery("select 1")) {
                return result.next();
            }
        }
    }

    @Override
    public void close() {
        prober.shutdownNow();
    }
}
