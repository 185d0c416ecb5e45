package jp.kakanai.server;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server's one {@link Clock}: the system's, in UTC. A test that must move days defines a {@code @Primary}
 * {@code Clock} bean of its own (see the tests' {@code MovableClock}).
 */
@Configuration
public class ServerClock {
    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
