package jp.kakanai.server.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import jp.kakanai.server.OfficeClock;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The queue's database part without a Spring context: a fresh in-memory H2 with every migration, the
 * event log with its projections, and the period reports, on a clock the test moves.
 */
final class QueueDatabase {
    final SetClock clock;
    final OfficeClock officeClock;
    final JdbcTemplate jdbc;
    final QueueRollups rollups;
    final QueueEventLog log;
    final OpenTickets openTickets;
    final ReportRows rows;
    final Departments departments = new Departments(new QueueProperties(Map.of(), null, null, null), jp.kakanai.forms.pack.TownPack.sample());
    final PeriodReports reports;
    final QueueProjections projections;
    final DayClosing closing;
    private final TransactionTemplate transactions;

    QueueDatabase(Instant start) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").outOfOrder(true)
                .javaMigrations(new ProjectionsOfTheExistingLog()).load().migrate();
        clock = new SetClock(start);
        officeClock = new OfficeClock(clock);
        jdbc = new JdbcTemplate(dataSource);
        var transactionManager = new DataSourceTransactionManager(dataSource);
        transactions = new TransactionTemplate(transactionManager);
        rollups = new QueueRollups(jdbc, officeClock, transactionManager);
        openTickets = new OpenTickets(JdbcClient.create(dataSource));
        log = new QueueEventLog(JdbcClient.create(dataSource), new QueueSpans(jdbc, rollups, officeClock), openTickets);
        rows = new ReportRows(JdbcClient.create(dataSource), officeClock);
        reports = new PeriodReports(rollups, rows, departments, new QueueProperties(Map.of(), null, null, null));
        projections = new QueueProjections(new NamedParameterJdbcTemplate(jdbc), rollups, transactionManager);
        closing = closing(transactionManager);
        departments.all().forEach(d -> jdbc.update("insert into queue_department_lock (department) values (?)", d.id()));
    }

    /** Another server's day closing on the same database. */
    DayClosing closing(DataSourceTransactionManager transactionManager) {
        return new DayClosing(log, openTickets, rollups,
                new DepartmentLocks(departments, JdbcClient.create(jdbc.getDataSource())), officeClock,
                new OfficeDay(new QueueProperties(Map.of(), null, null, null), officeClock), transactionManager);
    }

    DayClosing anotherServersClosing() {
        return closing(new DataSourceTransactionManager(jdbc.getDataSource()));
    }

    /** Appends the event at its own time, as the server would, in a transaction of its own. */
    void append(QueueEvent event) {
        clock.set(event.at());
        transactions.executeWithoutResult(s -> log.append(event));
    }

    <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(s -> work.get());
    }

    /** The period summed straight from its spans, no rollup read: what every rollup must equal. */
    WaitingTimeReport reportFromSpans(LocalDate from, LocalDate to) {
        return ReportAssembly.of(from, to, 900, rows.of(from, to, QueueRollups.Built.NOTHING), departments);
    }
}
