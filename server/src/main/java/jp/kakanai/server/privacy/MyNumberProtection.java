package jp.kakanai.server.privacy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The My Number cipher, made at start-up: without a usable key the server stops with the reason. */
@Configuration
class MyNumberProtection {
    @Bean
    MyNumberCipher myNumberCipher(PrivacyProperties properties) {
        return new MyNumberCipher(MyNumberKeys.load(properties));
    }
}
