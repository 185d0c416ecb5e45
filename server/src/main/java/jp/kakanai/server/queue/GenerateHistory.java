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
 * --spring.main.web-application-type=none} fills the configured database with that many historical
 * visits ending yesterday, then exits. Meant for an empty database (benchmarks, demos).
 */
@Component
@ConditionalOnProperty("kakanai.generate.visits")
class GenerateHistory implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(GenerateHistory.class);
    private final JdbcTemplate jdbc;
    private final OfficeClock clock;
    private final ConfigurableApplicationContext context;

    GenerateHistory(JdbcTemplate jdbc, OfficeClock clock, ConfigurableApplicationContext context) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        long visits = Long.parseLong(context.getEnvironment().getRequiredProperty("kakanai.generate.visits"));
        long seed = Long.parseLong(context.getEnvironment().getProperty("kakanai.generate.seed", "7"));
        LocalDate lastDay = clock.today().minusDays(1);
        long started = System.nanoTime();
        long written = new HistoryGenerator(jdbc, seed).generate(visits, lastDay);
        LOG.info("Generated {} visits up to {} in {} s", written, lastDay, (System.nanoTime() - started) / 1_000_000_000);
        if (context.getEnvironment().getProperty("kakanai.generate.exit", Boolean.class, true)) {
            context.close();
        }
    }
}
