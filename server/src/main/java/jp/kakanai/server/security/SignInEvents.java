package jp.kakanai.server.security;

import java.util.Optional;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.audit.AccessAction;
import jp.kakanai.server.audit.AccessLog;
import jp.kakanai.server.audit.AccessRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every sign-in, failure, lockout and sign-out, in the access log (tamper-evident, on the auditor's page)
 * and the server's log. Never a password or code; a name typed at the sign-in page is written only when
 * an account of that name exists (people type their password into the name field).
 */
@Component
public class SignInEvents {
    private static final Logger LOG = LoggerFactory.getLogger(SignInEvents.class);
    static final String UNKNOWN = "(unknown name)";
    private final AccessLog log;
    private final OfficeClock clock;

    public SignInEvents(AccessLog log, OfficeClock clock) {
        this.log = log;
        this.clock = clock;
    }

    void signedIn(String username, String how, String address) {
        LOG.info("Sign-in: {} ({}) from {}", username, how, address);
        write(username, AccessAction.SIGN_IN, how, 200, address);
    }

    void failed(Optional<String> account, String why, String address) {
        String who = account.orElse(UNKNOWN);
        LOG.warn("Sign-in failed: {} from {}: {}", who, address, why);
        write(who, AccessAction.SIGN_IN_FAILED, why, 401, address);
    }

    void lockedOut(String username, String until, String address) {
        LOG.warn("Account locked after repeated failed sign-ins: {} until {} (last try from {})", username, until, address);
        write(username, AccessAction.LOCKED_OUT, "locked until " + until, 423, address);
    }

    public void signedOut(String username, String why, String address) {
        LOG.info("Sign-out: {} ({})", username, why);
        write(username, AccessAction.SIGN_OUT, why, 200, address);
    }

    private void write(String actor, AccessAction action, String purpose, int status, String address) {
        log.append(new AccessRecord(clock.now(), actor, action, Optional.empty(), purpose, status,
                Optional.ofNullable(address)));
    }
}
