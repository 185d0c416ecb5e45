package jp.kakanai.server.document;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
                        "--kakanai.privacy.my-number-key=" + "A".repeat(43) + "=",
                        "--kakanai.fonts.ipaex-mincho=" + dataDir.resolve("no-such-font.ttf")).close())
                .satisfies(e -> Assertions.assertThat(messages(e))
                        .anySatisfy(message -> Assertions.assertThat(message).contains("no-such-font.ttf")
                                .contains("kakanai.fonts.ipaex-mincho").contains("fonts-ipaexfont")));
    }

    private static List<String> messages(Throwable e) {
        List<String> messages = new ArrayList<>();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            messages.add(String.valueOf(cause.getMessage()));
        }
        return messages;
    }
}
