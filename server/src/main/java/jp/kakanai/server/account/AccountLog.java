package jp.kakanai.server.account;

import java.util.Optional;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.audit.AccessAction;
import jp.kakanai.server.audit.AccessLog;
import jp.kakanai.server.audit.AccessRecord;
import org.springframework.stereotype.Component;

/** Every change to an account, by an administrator or its owner, as a row of the access log (never a password). */
@Component
class AccountLog {
    private final AccessLog log;
    private final OfficeClock clock;

    AccountLog(AccessLog log, OfficeClock clock) {
        this.log = log;
        this.clock = clock;
    }

    void changed(String by, String what) {
        log.append(new AccessRecord(clock.now(), by, AccessAction.ACCOUNT_CHANGE, Optional.empty(), what, 200,
                jp.kakanai.server.audit.Actors.clientAddress()));
    }
}
