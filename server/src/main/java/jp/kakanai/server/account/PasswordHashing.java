package jp.kakanai.server.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Staff passwords are kept as bcrypt hashes (cost 10, about 80 ms per check on the 2-core build machine). */
@Configuration
class PasswordHashing {
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
