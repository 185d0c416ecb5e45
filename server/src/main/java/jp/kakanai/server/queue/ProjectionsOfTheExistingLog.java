package jp.kakanai.server.queue;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Migration V221: fills the projections V220 created (spans, open tickets, ticket numbers) from the event
 * log a town already has, by replaying it, so that its history reports by the new definitions from the
 * first start. Rollups follow on the first report. A Spring bean: Spring Boot hands such beans to Flyway.
 */
@Component
public class ProjectionsOfTheExistingLog implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("221");
    }

    @Override
    public String getDescription() {
        return "queue projections of the existing log";
    }

    @Override
    public Integer getChecksum() {
        return 221;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        var jdbc = new NamedParameterJdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        LogReplay replay = new LogReplay(jdbc);
        replay.issuedDays().ifPresent(days -> replay.replay(days[0], days[1]));
    }
}
