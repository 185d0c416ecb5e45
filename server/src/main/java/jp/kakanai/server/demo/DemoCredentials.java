package jp.kakanai.server.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The demo profile's accounts (application-demo.properties holds only their hashes), printed once the
 * server is up so that a newcomer can log in and point the demo kiosk at it.
 */
@Component
@Profile("demo")
public class DemoCredentials {
    public static final String CLERK = "clerk";
    public static final String CLERK_PASSWORD = "clerk";
    public static final String MANAGER = "manager";
    public static final String MANAGER_PASSWORD = "manager";
    public static final String AUDITOR = "auditor";
    public static final String AUDITOR_PASSWORD = "auditor";
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin";
    public static final String KODOMO_CLERK = "kodomo";
    public static final String KODOMO_CLERK_PASSWORD = "kodomo";
    public static final String KIOSK_ID = "demo-kiosk";
    public static final String KIOSK_TOKEN = "kakanai-demo-kiosk-token";
    private static final Logger LOG = LoggerFactory.getLogger(DemoCredentials.class);
    private final Environment environment;

    public DemoCredentials(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void print() {
        String base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
        LOG.info("""

                ==== Kakanai demo ====
                Staff page:   {}/staff/   clerk: {} / {}   manager: {} / {}
                Access log:   {}/audit/   auditor: {} / {} (managers too)
                Accounts:     {}/admin/   admin: {} / {}   a clerk of こども家庭課: {} / {}
                Display board: {}/board/
                Kiosk token ({}): {}
                ======================""",
                base, CLERK, CLERK_PASSWORD, MANAGER, MANAGER_PASSWORD, base, AUDITOR, AUDITOR_PASSWORD, base, ADMIN,
                ADMIN_PASSWORD, KODOMO_CLERK, KODOMO_CLERK_PASSWORD, base, KIOSK_ID, KIOSK_TOKEN);
    }
}
