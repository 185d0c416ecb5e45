package jp.kakanai.server.audit;

import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.privacy.MyNumberUse;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every store, decryption and purge of a My Number becomes a record of the access log, in the transaction
 * that did it (a listener, not a call from {@code privacy}, so that the vault does not depend on the log).
 */
@Component
class MyNumberUses {
    private final AccessLog log;
    private final OfficeClock clock;

    MyNumberUses(AccessLog log, OfficeClock clock) {
        this.log = log;
        this.clock = clock;
    }

    @EventListener
    void on(MyNumberUse use) {
        AccessAction action = switch (use.kind()) {
            case STORE -> AccessAction.MY_NUMBER_STORE;
            case REVEAL -> AccessAction.MY_NUMBER_USE;
            case PURGE -> AccessAction.MY_NUMBER_PURGE;
        };
        log.append(new AccessRecord(clock.now(), use.actor(), action, use.visitId(), use.purpose(), 200,
                Actors.clientAddress()));
    }
}
