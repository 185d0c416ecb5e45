package jp.kakanai.server.security;

/**
 * What a staff member may do: clerks work the counters, managers also see the waiting-time audit and the
 * access log; auditors (監査担当) see only the access log.
 */
public enum StaffRole {
    CLERK, MANAGER, AUDITOR
}
