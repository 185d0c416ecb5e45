package jp.kakanai.server.audit;

import java.io.PrintStream;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar server.jar verify-access-log [--spring.profiles.active=… --kakanai.…]}: checks the access
 * log's hash chain in the configured database with the configured key, without opening a port. Prints the
 * outcome; exit code 0 when the chain is intact, 1 when a row was changed, removed or inserted.
 */
public final class VerifyAccessLogCommand {
    public static final String NAME = "verify-access-log";

    private VerifyAccessLogCommand() {
    }

    public static int run(Class<?> application, String[] args, PrintStream out) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(args)) {
            AccessLogVerifier.Verification result = context.getBean(AccessLogVerifier.class).verify();
            if (result.intact()) {
                out.println("Access log intact: " + result.rowsChecked() + " rows, head #" + result.headSeq() + " "
                        + result.headHash());
                return 0;
            }
            AccessLogVerifier.Broken broken = result.firstBroken().orElseThrow();
            out.println("ACCESS LOG BROKEN at row " + broken.seq() + ": " + broken.reason() + " (" + result.rowsChecked()
                    + " rows before it are intact; head #" + result.headSeq() + ")");
            return 1;
        }
    }
}
