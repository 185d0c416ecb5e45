package jp.kakanai.server.audit;

import jakarta.ws.rs.core.SecurityContext;

/** How the log names who acted: a staff account by its name, a kiosk as {@code kiosk:<id>}. */
public final class Actors {
    public static final String KIOSK_ROLE = "KIOSK";

    private Actors() {
    }

    public static String of(SecurityContext security) {
        if (security == null || security.getUserPrincipal() == null) {
            return "anonymous";
        }
        String name = security.getUserPrincipal().getName();
        return security.isUserInRole(KIOSK_ROLE) ? "kiosk:" + name : name;
    }
}
