package jp.kakanai.server.privacy;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The keys, made at start-up: the master key (kept apart from the data folder), the My Number cipher and
 * the data key file; without a usable key the server stops with the reason. Also H2's file encryption,
 * when configured.
 */
@Configuration
class MyNumberProtection {
    @Bean
    MasterKey masterKey(PrivacyProperties properties, @Value("${kakanai.data-dir}") Path dataDir) {
        DataFolder.makePrivate(dataDir);
        return new MasterKey(MyNumberKeys.load(properties, dataDir));
    }

    @Bean
    MyNumberCipher myNumberCipher(MasterKey masterKey) {
        return new MyNumberCipher(masterKey.bytes());
    }

    @Bean(destroyMethod = "close")
    DataKeyFile dataKeyFile(PrivacyProperties properties, @Value("${kakanai.data-dir}") Path dataDir) {
        return DataKeyFile.open(properties.dataKeyFile() != null ? properties.dataKeyFile()
                : dataDir.resolve("my-number-data-keys"));
    }

    @Bean
    static H2FileEncryption h2FileEncryption(Environment environment) {
        return new H2FileEncryption(environment);
    }
}
