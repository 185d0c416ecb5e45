package jp.kakanai.server.account;

import java.util.List;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.api.ApiProblem;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What staff do with their own account: change the password (by the policy), turn the second factor on. */
@Service
public class OwnAccount {
    private final StaffAccounts accounts;
    private final PasswordEncoder encoder;
    private final SecondFactors secondFactors;
    private final AccountLog log;
    private final OfficeClock clock;

    public OwnAccount(StaffAccounts accounts, PasswordEncoder encoder, SecondFactors secondFactors, AccountLog log,
                      OfficeClock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.secondFactors = secondFactors;
        this.log = log;
        this.clock = clock;
    }

    public StaffAccount of(String username) {
        return accounts.find(username).orElseThrow(() -> ApiProblem.notFound("No account '" + username + "'."));
    }

    @Transactional
    public void changePassword(String username, String current, String next) {
        StaffAccount account = of(username);
        if (account.source() != StaffAccount.Source.LOCAL || account.passwordHash().isEmpty()) {
            throw new ApiProblem(409, "This account signs in at the town's directory: change the password there.", null);
        }
        if (current == null || !encoder.matches(current, account.passwordHash().get())) {
            throw ApiProblem.badField("currentPassword", "現在のパスワードが違います。 / The current password is wrong.");
        }
        List<String> problems = PasswordPolicy.problems(username, account.displayName(), next,
                accounts.recentPasswords(username, PasswordPolicy.HISTORY), encoder);
        if (!problems.isEmpty()) {
            throw ApiProblem.badField("newPassword", String.join(" ", problems));
        }
        accounts.setPassword(username, encoder.encode(next), false, clock.now(), username);
        log.changed(username, "changed own password");
    }

    /** Turns the second factor on once the code from the secret shown before is right. */
    @Transactional
    public void enableSecondFactor(String username, byte[] secret, String code) {
        if (!secondFactors.enable(username, secret, code)) {
            throw ApiProblem.badField("code", "コードが違います。アプリに表示された6桁を入力してください。 / Wrong code.");
        }
        log.changed(username, "second factor on");
    }

}
