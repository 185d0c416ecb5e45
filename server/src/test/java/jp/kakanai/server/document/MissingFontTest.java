package jp.kakanai.server.document;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import jp.kakanai.server.KakanaiServer;
import jp.kakanai.server.StartUpFailures;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

class MissingFontTest {

    @Test
    void missingFontStopsTheStartUpNamingTheFileAndTheProperty(@TempDir Path dataDir) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(KakanaiServer.class)
                .run("--server.port=0", "--kakanai.data-dir=" + dataDir,
                        "--kakanai.privacy.my-number-key=" + "A".repeat(43) + "=",
                        "--kakanai.fonts.ipaex-mincho=" + dataDir.resolve("no-such-font.ttf")).close())
                .satisfies(e -> Assertions.assertThat(StartUpFailures.messages(e))
                        .anySatisfy(message -> Assertions.assertThat(message).contains("no-such-font.ttf")
                                .contains("kakanai.fonts.ipaex-mincho").contains("fonts-ipaexfont")));
    }
}
