package jp.kakanai.server.queue;

import java.time.LocalDate;
import jp.kakanai.server.OfficeClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The generator command: {@code java -jar server.jar --kakanai.generate.visits=1000000
 * --kakanai.generate.years=5 --spring.main.web-application-type=none} fills the configured database with
 * that many historical visits over that many years ending yesterday, rolls them up, then exits. Meant for
 * an empty database (benchmarks, demos).
 */
@Component
@ConditionalOnProperty("kakanai.generate.visits")
class GenerateHistory implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(GenerateHistory.class);
    private final JdbcTemplate jdbc;
    private final OfficeClock clock;
    private final QueueRollups rollups;
    private final ConfigurableApplicationContext context;

    GenerateHistory(JdbcTemplate jdbc, OfficeClock clock, QueueRollups rollups, ConfigurableApplicationContext context) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.rollups = rollups;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        var environment = context.getEnvironment();
        long visits = Long.parseLong(environment.getRequiredProperty("kakanai.generate.visits"));
        long seed = Long.parseLong(environment.getProperty("kakanai.generate.seed", "7"));
        int years = Integer.parseInt(environment.getProperty("kakanai.generate.years", "1"));
        LocalDate last = clock.today().minusDays(1);
        LocalDate first = last.minusYears(years).plusDays(1);
        long started = System.nanoTime();
        long written = new HistoryGenerator((table, columns, rows) -> jdbc.batchUpdate("insert into " + table + " ("
                + columns + ") values (" + "?, ".repeat(columns.split(",").length - 1) + "?)", rows), seed)
                .generate(visits, first, last);
        LOG.info("Generated {} visits from {} to {} in {} s", written, first, last, (System.nanoTime() - started) / 1_000_000_000);
        rollups.ensure(first, last);
        LOG.info("Rolled up in {} s in all", (System.nanoTime() - started) / 1_000_000_000);
        if (environment.getProperty("kakanai.generate.exit", Boolean.class, true)) {
            context.close();
        }
    }
}
