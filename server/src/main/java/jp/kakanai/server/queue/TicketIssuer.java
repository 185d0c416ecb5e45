package jp.kakanai.server.queue;

import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out reception ticket numbers: one counter per day and prefix, so numbers restart at 1 every
 * morning. The row update takes a lock until the check-in commits, so two kiosks checking in at once
 * never share a number.
 */
@Component
public class TicketIssuer {
    private final JdbcClient jdbc;
    private final TransactionTemplate separately;

    public TicketIssuer(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public TicketNumber issue(LocalDate day, String prefix) {
        if (increment(day, prefix) == 0) {
            createCounter(day, prefix);
            increment(day, prefix);
        }
        int number = jdbc.sql("select last_number from ticket_counter where ticket_day = :day and prefix = :prefix")
                .param("day", day).param("prefix", prefix).query(Integer.class).single();
        return new TicketNumber(prefix, number);
    }

    private int increment(LocalDate day, String prefix) {
        return jdbc.sql("update ticket_counter set last_number = last_number + 1"
                        + " where ticket_day = :day and prefix = :prefix")
                .param("day", day).param("prefix", prefix).update();
    }

    /** In its own transaction: on PostgreSQL a failed insert would abort the check-in's transaction. */
    private void createCounter(LocalDate day, String prefix) {
        try {
            separately.executeWithoutResult(status -> jdbc
                    .sql("insert into ticket_counter (ticket_day, prefix, last_number) values (:day, :prefix, 0)")
                    .param("day", day).param("prefix", prefix).update());
        } catch (DuplicateKeyException alreadyThere) {
            // another check-in created today's counter first; the update takes the next number
        }
    }
}
