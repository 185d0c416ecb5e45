package jp.kakanai.server.document;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import jp.kakanai.server.KakanaiServer;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

class MissingFontTest {

    @Test
    void missingFontStopsTheStartUpNamingTheFileAndTheProperty(@TempDir Path dataDir) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(KakanaiServer.class)
                .run("--server.port=0", "--kakanai.data-dir=" + dataDir,
                        "--kakanai.fonts.regular=" + dataDir.resolve("no-such-font.ttf")).close())
                .satisfies(e -> Assertions.assertThat(rootMessage(e))
                        .contains("no-such-font.ttf").contains("kakanai.fonts.regular").contains("fonts-ipaexfont"));
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
