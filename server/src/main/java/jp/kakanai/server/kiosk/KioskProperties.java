package jp.kakanai.server.kiosk;

import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Kiosk settings ({@code kakanai.kiosk.*}): the department whose desk helps residents the kiosk could not
 * check in ({@code kakanai.kiosk.help-department=shimin}; by default the first department in walking order,
 * where the resident record and the My Number Card's PIN are handled).
 */
@ConfigurationProperties("kakanai.kiosk")
public record KioskProperties(Optional<String> helpDepartment) {
    public KioskProperties {
        helpDepartment = helpDepartment == null ? Optional.empty() : helpDepartment.filter(d -> !d.isBlank());
    }
}
