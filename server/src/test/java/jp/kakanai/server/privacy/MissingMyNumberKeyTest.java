package jp.kakanai.server.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import jp.kakanai.server.KakanaiServer;
import jp.kakanai.server.StartUpFailures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Outside the demo profile, a server without a My Number key does not start, and says why. */
class MissingMyNumberKeyTest {

    @Test
    void serverWithoutAKeyDoesNotStart(@TempDir Path dataDir) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(KakanaiServer.class)
                .run("--server.port=0", "--kakanai.data-dir=" + dataDir).close())
                .satisfies(e -> assertThat(StartUpFailures.messages(e)).anySatisfy(message -> assertThat(message)
                        .contains("no key to encrypt My Numbers at rest").contains("kakanai.privacy.my-number-key")));
    }
}
