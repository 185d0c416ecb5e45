package jp.kakanai.server.database;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.kakanai.server.api.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * Ends the server when its embedded H2 database has been closed underneath it, so that the supervisor starts it
 * again (docs/deployment.md, "Supervision"). Measured under overload (docs/server.md): H2 hit an OutOfMemoryError
 * in a chunk write and closed its store; from then on every statement of every connection, old or new, failed
 * with {@code 90098} while {@code Connection.isValid} still said true, and the server answered 500 until someone
 * restarted it by hand. Nothing inside the process opens that database again (H2 keeps the closed one registered
 * under its name); a new process does, and finds every acknowledged commit since each was written before its
 * answer ({@code WRITE_DELAY=0}, {@link DurableCommits}). The failing requests meanwhile answer 503
 * ({@link DatabaseUnavailable}).
 *
 * <p>It sees every SQL error the connection pool passes on (Hikari's {@link SQLExceptionOverride}, set on the
 * pool before it starts), and acts only while the application runs (not during start-up, which fails by itself,
 * nor while it closes) and only for an embedded H2 database: a remote database's closing is that server's
 * business and a restart here would not help. Exit code {@value #EXIT_CODE} (EX_TEMPFAIL), after
 * {@code kakanai.database.closed-exit-delay} so that the answers in flight leave; Spring's shutdown hook then closes
 * the server as on SIGTERM. Should that hang, the process halts a minute later.
 */
@Component
class ClosedDatabaseExit implements BeanPostProcessor, ApplicationListener<ApplicationEvent> {
    static final int EXIT_CODE = 75;
    private static final Duration HALT_AFTER = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(ClosedDatabaseExit.class);
    private final Duration delay;
    private final AtomicBoolean armed = new AtomicBoolean();
    private volatile boolean embeddedH2;

    ClosedDatabaseExit(@Value("${kakanai.database.closed-exit-delay:PT2S}") Duration delay) {
        this.delay = delay;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool) {
            pool.setExceptionOverride(new Watch(this));
            String url = pool.getJdbcUrl() == null ? "" : pool.getJdbcUrl();
            embeddedH2 = url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:");
        }
        return bean;
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationReadyEvent) {
            armed.set(embeddedH2);
        } else if (event instanceof ContextClosedEvent) {
            armed.set(false);
        }
    }

    /** Hikari's hook; the pool's own eviction rules stay as they are. */
    private record Watch(ClosedDatabaseExit exit) implements SQLExceptionOverride {
        // no @Override here: inside an SQLExceptionOverride the name is its enum's
        public SQLExceptionOverride.Override adjudicate(SQLException e) {
            exit.seen(e);
            return SQLExceptionOverride.Override.CONTINUE_EVICT;
        }
    }

    void seen(SQLException e) {
        if (e.getErrorCode() == DatabaseUnavailable.H2_DATABASE_IS_CLOSED && armed.compareAndSet(true, false)) {
            LOG.error("H2 reports its database closed (error {}): no connection of this process can use it again."
                    + " The server stops in {} with exit code {} for its supervisor to start it anew; H2 then opens"
                    + " the file again with every acknowledged commit.", e.getErrorCode(), delay, EXIT_CODE);
            Thread stopper = new Thread(this::exit, "closed-database-exit");
            stopper.start();
        }
    }

    private void exit() {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Thread halt = new Thread(() -> {
            try {
                Thread.sleep(HALT_AFTER.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            Runtime.getRuntime().halt(EXIT_CODE);
        }, "closed-database-halt");
        halt.setDaemon(true);
        halt.start();
        System.exit(EXIT_CODE);
    }
}
