package jp.kakanai.server.privacy;

import java.nio.file.Path;
import java.time.Duration;
import jp.kakanai.forms.text.Redacted;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the server keeps 個人番号 (My Numbers) at rest ({@code kakanai.privacy.*}).
 *
 * @param myNumberKey       the master key (AES-256), base64 of 32 random bytes ({@code head -c 32 /dev/urandom | base64})
 * @param myNumberKeyFile   or a file holding that base64 text: mode 600, outside the data folder
 * @param createKeyFile     create the key file with a new random key when it does not exist (demo profile)
 * @param allowKeyInDataDir accept a key file inside {@code kakanai.data-dir} (demo profile only: a backup of
 *                          the folder would then carry the key with the data it protects)
 * @param dataKeyFile       where the wrapped per-number data keys live (default: in the data folder); servers
 *                          sharing one database must share this file too
 * @param myNumberRetention how long after check-in a stored My Number is purged (default 30 days)
 */
@ConfigurationProperties("kakanai.privacy")
public record PrivacyProperties(String myNumberKey, Path myNumberKeyFile, boolean createKeyFile,
                                boolean allowKeyInDataDir, Path dataKeyFile, Duration myNumberRetention) {
    @Override
    public String toString() {
        return Redacted.record(this, "myNumberKeyFile", "createKeyFile", "allowKeyInDataDir", "dataKeyFile",
                "myNumberRetention");
    }

    public PrivacyProperties {
        myNumberRetention = myNumberRetention == null ? Duration.ofDays(30) : myNumberRetention;
        if (myNumberRetention.isNegative()) {
            throw new IllegalArgumentException("Kakanai configuration: kakanai.privacy.my-number-retention must not be"
                    + " negative, e.g. 30d");
        }
    }
}
