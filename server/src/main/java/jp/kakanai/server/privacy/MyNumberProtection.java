package jp.kakanai.server.privacy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The master key and the My Number cipher, made at start-up: without a usable key the server stops with the reason. */
@Configuration
class MyNumberProtection {
    @Bean
    MasterKey masterKey(PrivacyProperties properties) {
        return new MasterKey(MyNumberKeys.load(properties));
    }

    @Bean
    MyNumberCipher myNumberCipher(MasterKey masterKey) {
        return new MyNumberCipher(masterKey.bytes());
    }
}
