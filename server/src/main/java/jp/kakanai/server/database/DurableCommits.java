package jp.kakanai.server.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Checks at start-up that what the server acknowledges is on disk before the answer leaves: a check-in
 * answered 201 must survive a {@code kill -9} of the server at the next instant.
 *
 * <ul>
 *   <li>H2 file database: {@code WRITE_DELAY} must be 0. H2 2.x (MVStore) otherwise keeps committed changes in
 *       memory and writes them from a background thread every {@code WRITE_DELAY} ms (default 500); with 0 each
 *       commit writes its chunk to the file before returning (TransactionStore.endTransaction → MVStore.commit).
 *       A file written is in the operating system's cache, which a killed process cannot lose.</li>
 *   <li>PostgreSQL: {@code synchronous_commit} must not be {@code off} (set per connection by the
 *       {@code postgres} profile); {@code fsync = off} only earns a warning, since it loses data on a power cut
 *       or an OS crash, not on a killed server.</li>
 * </ul>
 * Anything else stops the start-up with a sentence naming the setting.
 */
@Component
class DurableCommits implements InitializingBean {
    private static final Logger LOG = LoggerFactory.getLogger(DurableCommits.class);
    private final DataSource dataSource;
    private final boolean required;

    /**
     * {@code kakanai.database.require-durable-commits=false} exists for one purpose: the crash experiment
     * ({@code CrashSoak}) that shows what H2's default write delay loses. Never set it in a town hall.
     */
    DurableCommits(DataSource dataSource,
                   @Value("${kakanai.database.require-durable-commits:true}") boolean required) {
        this.dataSource = dataSource;
        this.required = required;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        if (!required) {
            LOG.warn("kakanai.database.require-durable-commits=false: acknowledged commits may be lost in a crash");
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            String url = connection.getMetaData().getURL();
            if (product.equals("H2") && !url.startsWith("jdbc:h2:mem:")) {
                requireH2WritesEachCommit(connection);
            } else if (product.equals("PostgreSQL")) {
                requirePostgresWaitsForWal(connection);
            }
        }
    }

    private static void requireH2WritesEachCommit(Connection connection) throws SQLException {
        String delay = setting(connection,
                "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'");
        if (!"0".equals(delay)) {
            throw new IllegalStateException("Kakanai configuration: the H2 database keeps commits in memory for "
                    + delay + " ms (WRITE_DELAY), so a crash would lose check-ins already acknowledged."
                    + " Add ;WRITE_DELAY=0 to spring.datasource.url.");
        }
    }

    private static void requirePostgresWaitsForWal(Connection connection) throws SQLException {
        String synchronousCommit = setting(connection, "show synchronous_commit");
        if ("off".equalsIgnoreCase(synchronousCommit)) {
            throw new IllegalStateException("Kakanai configuration: PostgreSQL's synchronous_commit is off, so a crash"
                    + " would lose acknowledged commits. Use the postgres profile (it sets it on for every connection)"
                    + " or set spring.datasource.hikari.connection-init-sql=SET synchronous_commit TO on.");
        }
        if ("off".equalsIgnoreCase(setting(connection, "show fsync"))) {
            LOG.warn("PostgreSQL runs with fsync = off: commits survive a crash of the server or of PostgreSQL,"
                    + " but not a power cut or an operating system crash. Never run a town hall like this.");
        }
    }

    private static String setting(Connection connection, String query) throws SQLException {
        try (var statement = connection.createStatement(); var rs = statement.executeQuery(query)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }
}
