package jp.kakanai.server;

import java.util.Arrays;
import jp.kakanai.server.audit.VerifyAccessLogCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Kakanai's central server: the REST API under {@code /api} (Jersey), the staff, display-board and
 * manager pages (static, Spring MVC), persistence on H2 or PostgreSQL.
 *
 * <p>Spring Boot's Jackson 2 auto-configuration is excluded: Jersey gets its one ObjectMapper from
 * {@link jp.kakanai.server.api.ApiJson}, so that no second, differently configured mapper competes.
 */
@SpringBootApplication(excludeName = "org.springframework.boot.jackson2.autoconfigure.Jackson2AutoConfiguration")
@ConfigurationPropertiesScan
@EnableScheduling
public class KakanaiServer {
    public static void main(String[] args) {
        if (args.length > 0 && VerifyAccessLogCommand.NAME.equals(args[0])) {
            System.exit(VerifyAccessLogCommand.run(KakanaiServer.class, Arrays.copyOfRange(args, 1, args.length),
                    System.out));
        }
        SpringApplication.run(KakanaiServer.class, args);
    }
}
