package jp.kakanai.server.privacy;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.core.env.Environment;

/**
 * H2's own file encryption, as an option: with {@code kakanai.database.file-encryption-key-file} (a file
 * of mode 600 holding a long random secret, kept apart from the data folder like the master key) the H2
 * file is AES-encrypted as a whole ({@code CIPHER=AES}; H2 takes the password as "file secret, space, user
 * password"), so a copied database file shows nothing at all, not even the names of the visits' residents.
 * An existing unencrypted database is converted once with {@code SCRIPT} and {@code RUNSCRIPT}
 * (docs/security.md). Applies to {@code jdbc:h2:file:} URLs only.
 */
final class H2FileEncryption implements BeanPostProcessor {
    static final String PROPERTY = "kakanai.database.file-encryption-key-file";
    private final Environment environment;

    H2FileEncryption(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof DataSourceProperties properties) {
            secret().ifPresent(secret -> {
                String url = properties.getUrl();
                if (url == null || !url.startsWith("jdbc:h2:file:")) {
                    throw new IllegalStateException("Kakanai configuration: " + PROPERTY + " encrypts an H2 file"
                            + " database, but spring.datasource.url is " + url);
                }
                properties.setUrl(url + (url.toUpperCase().contains(";CIPHER=") ? "" : ";CIPHER=AES"));
                String password = properties.getPassword() == null ? "" : properties.getPassword();
                properties.setPassword(secret + " " + password);
            });
        }
        return bean;
    }

    private Optional<String> secret() {
        String file = environment.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(file);
        String secret = KeyFiles.readSecret(path, PROPERTY);
        if (secret.length() < 20 || secret.contains(" ")) {
            throw new IllegalStateException("Kakanai configuration: " + PROPERTY + "=" + path + " must hold a secret"
                    + " of at least 20 characters without spaces, e.g. `head -c 32 /dev/urandom | base64`");
        }
        return Optional.of(secret);
    }
}
