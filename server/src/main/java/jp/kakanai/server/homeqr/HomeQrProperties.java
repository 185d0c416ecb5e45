package jp.kakanai.server.homeqr;

import java.time.Duration;
import jp.kakanai.forms.homeqr.HomeQrLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Home-prepared QR codes ({@code kakanai.home-qr.*}): how long a code stays valid
 * ({@code kakanai.home-qr.valid-for=14d} by default: the 14 days the law gives for a move, 住民基本台帳法
 * §22–23). At least an hour, at most {@link HomeQrLimits#LONGEST_VALIDITY}.
 */
@ConfigurationProperties("kakanai.home-qr")
public record HomeQrProperties(Duration validFor) {
    public HomeQrProperties {
        validFor = validFor == null ? Duration.ofDays(14) : validFor;
        if (validFor.compareTo(Duration.ofHours(1)) < 0 || validFor.compareTo(HomeQrLimits.LONGEST_VALIDITY) > 0) {
            throw new IllegalArgumentException("Kakanai configuration: kakanai.home-qr.valid-for must lie between 1h and "
                    + HomeQrLimits.LONGEST_VALIDITY.toDays() + "d, got " + validFor);
        }
    }
}
