package jp.kakanai.server.privacy;

import java.time.Duration;
import java.time.Instant;
import jp.kakanai.server.OfficeClock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Retention of My Numbers: a stored number is needed only while the visit's forms are printed, so it is
 * deleted {@code kakanai.privacy.my-number-retention} (default 30 days) after check-in — every hour on
 * every server (the delete is by age, so servers sharing a database do not disturb each other), or at
 * once when a manager asks.
 */
@Service
public class MyNumberRetention {
    static final String SCHEDULE = "scheduled purge";
    private final MyNumberVault vault;
    private final OfficeClock clock;
    private final Duration retention;

    public MyNumberRetention(MyNumberVault vault, OfficeClock clock, PrivacyProperties properties) {
        this.vault = vault;
        this.clock = clock;
        this.retention = properties.myNumberRetention();
    }

    /** What a purge deleted: how many values, stored before which instant, the retention (ISO-8601, PT720H). */
    public record Purge(int purged, Instant storedBefore, String retention) {
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    public void purgeOnSchedule() {
        purge(SCHEDULE);
    }

    public Purge purge(String actor) {
        Instant cutoff = clock.now().minus(retention);
        return new Purge(vault.purgeStoredBefore(cutoff, actor), cutoff, retention.toString());
    }
}
