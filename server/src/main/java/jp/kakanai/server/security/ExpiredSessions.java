package jp.kakanai.server.security;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A session that ran out (15 minutes without a request: the browser was closed or the PC left on) is a
 * sign-out too, and is logged as one. Spring Session's own clean-up is turned off
 * ({@code spring.session.jdbc.cleanup-cron=-}); this one deletes each expired session itself, so that on
 * several servers only the one that deleted it writes its line.
 */
@Component
class ExpiredSessions {
    private final JdbcClient jdbc;
    private final SignInEvents events;

    ExpiredSessions(JdbcClient jdbc, SignInEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    private record Expired(String id, String principal) {
    }

    @Scheduled(initialDelayString = "PT30S", fixedDelayString = "PT1M")
    void signOutExpired() {
        List<Expired> expired = jdbc.sql("select primary_id, principal_name from spring_session where expiry_time < :now")
                // Spring Session stamps expiry on the system clock, not the office clock tests may move.
                .param("now", System.currentTimeMillis())
                .query((rs, row) -> new Expired(rs.getString(1), rs.getString(2))).list();
        for (Expired session : expired) {
            int deleted = jdbc.sql("delete from spring_session where primary_id = :id").param("id", session.id()).update();
            if (deleted == 1 && session.principal() != null) {
                events.signedOut(session.principal(), "session expired", null);
            }
        }
    }
}
