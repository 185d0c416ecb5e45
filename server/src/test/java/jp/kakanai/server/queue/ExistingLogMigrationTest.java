package jp.kakanai.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** A town upgrading with a queue log already written gets its spans and open tickets from that log (V221). */
class ExistingLogMigrationTest {

    @Test
    void theMigrationReplaysTheLogIntoTheNewProjections() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        flyway(dataSource).target("40").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        // Written as the server before issue 18 did: one visit served and closed, one still waiting; the
        // first ISSUED from before tickets were logged (V3) carries no number: the visit's printed one counts.
        jdbc.update("insert into visit (id, visit_date, ticket_number, checked_in_at, kiosk_id, life_event, resident_name,"
                + " resident_address, birth_date, sex) values ('done', date '2026-03-02', 'A-001',"
                + " timestamp with time zone '2026-03-02 09:00:00+09', 'k', 'move-in', 'n', 'a', date '1980-01-01', '1'),"
                + " ('waiting', date '2026-03-02', 'A-002', timestamp with time zone '2026-03-02 09:05:00+09', 'k',"
                + " 'move-in', 'n', 'a', date '1980-01-01', '1')");
        event(jdbc, "done", "ISSUED", null, null, "09:00:00", null);
        event(jdbc, "done", "CALLED", "1番窓口", "clerk", "09:10:00", null);
        event(jdbc, "done", "SERVICE_STARTED", "1番窓口", "clerk", "09:11:00", null);
        event(jdbc, "done", "CLOSED", "1番窓口", "clerk", "09:20:00", null);
        event(jdbc, "waiting", "ISSUED", null, null, "09:05:00", "A-002");

        flyway(dataSource).load().migrate();

        assertThat(jdbc.queryForList("select kind || ' ' || seconds from queue_span where visit_id = 'done' order by id",
                String.class)).containsExactly("ARRIVAL 0", "WAIT 600", "TRANSACTION 600", "VISIT 1200");
        assertThat(jdbc.queryForList("select visit_id || ' ' || ticket_number || ' ' || status from queue_open_ticket",
                String.class)).containsExactly("waiting A-002 WAITING");
        assertThat(jdbc.queryForList("select ticket_number || ' ' || visit_id from queue_ticket_number order by 1",
                String.class)).containsExactly("A-001 done", "A-002 waiting");
    }

    private static FluentConfiguration flyway(JdbcDataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").outOfOrder(true)
                .javaMigrations(new ProjectionsOfTheExistingLog());
    }

    private static void event(JdbcTemplate jdbc, String visit, String type, String counter, String clerk, String time,
                              String ticket) {
        jdbc.update("insert into queue_event (visit_id, event_type, department, counter_name, clerk, occurred_at,"
                + " ticket_number) values (?, ?, 'shimin', ?, ?, cast(? as timestamp with time zone), ?)",
                visit, type, counter, clerk, "2026-03-02 " + time + "+09", ticket);
    }
}
