package jp.kakanai.server.account;

/**
 * What a staff member may do. A {@code CLERK} works the counters of the departments assigned to them (a
 * clerk of こども家庭課 sees and prints only what that department's procedures need); {@code ONE_STOP}
 * works the one-stop counter (総合窓口: the interview, every form of the visits it runs, 一括印刷);
 * {@code MANAGER} sees the waiting-time audit and the access log; {@code AUDITOR} sees only the access log;
 * {@code ADMIN} manages the accounts and backups, and sees no resident's data.
 */
public enum StaffRole {
    CLERK, ONE_STOP, MANAGER, AUDITOR, ADMIN
}
