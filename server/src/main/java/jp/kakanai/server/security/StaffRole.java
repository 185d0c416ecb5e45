package jp.kakanai.server.security;

/** What a staff member may do: clerks work the counters, managers also see the waiting-time audit. */
public enum StaffRole {
    CLERK, MANAGER
}
