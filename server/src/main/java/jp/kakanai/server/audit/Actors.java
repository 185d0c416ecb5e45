package jp.kakanai.server.audit;

import jakarta.ws.rs.core.SecurityContext;

/** How the log names who acted: a staff account by its name, a kiosk as {@code kiosk:<id>}. */
public final class Actors {
    public static final String KIOSK_ROLE = "KIOSK";

    private Actors() {
    }

    /** The caller's address as Tomcat gives it (behind the TLS proxy: the forwarded client address). */
    public static java.util.Optional<String> clientAddress() {
        return org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes servlet
                ? java.util.Optional.ofNullable(servlet.getRequest().getRemoteAddr()) : java.util.Optional.empty();
    }

    public static String of(SecurityContext security) {
        if (security == null || security.getUserPrincipal() == null) {
            return "anonymous";
        }
        String name = security.getUserPrincipal().getName();
        return security.isUserInRole(KIOSK_ROLE) ? "kiosk:" + name : name;
    }
}
