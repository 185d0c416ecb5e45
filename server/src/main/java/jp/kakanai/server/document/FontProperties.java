package jp.kakanai.server.document;

import java.nio.file.Path;
import java.util.Optional;
import jp.kakanai.forms.render.FontSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The font files the PDFs are drawn with ({@code kakanai.fonts.*}); each defaults to where its Debian
 * package installs it. Fonts never come from git.
 */
@ConfigurationProperties("kakanai.fonts")
public record FontProperties(Path ipaexGothic, Path ipaexMincho, Path ipamjMincho) {
    private static final FontSettings DEBIAN = FontSettings.debianDefaults();

    public FontProperties {
        ipaexGothic = Optional.ofNullable(ipaexGothic).orElse(DEBIAN.ipaexGothic());
        ipaexMincho = Optional.ofNullable(ipaexMincho).orElse(DEBIAN.ipaexMincho());
        ipamjMincho = Optional.ofNullable(ipamjMincho).orElse(DEBIAN.ipamjMincho());
    }

    FontSettings toSettings() {
        return new FontSettings(ipaexGothic, ipaexMincho, ipamjMincho);
    }

    /** The property to change for a font file, for start-up error messages. */
    String propertyOf(Path file) {
        if (file.equals(ipaexGothic)) {
            return "kakanai.fonts.ipaex-gothic";
        }
        return file.equals(ipaexMincho) ? "kakanai.fonts.ipaex-mincho" : "kakanai.fonts.ipamj-mincho";
    }
}
