package jp.kakanai.server.document;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jp.kakanai.forms.render.FontSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The font files the PDFs are drawn with ({@code kakanai.fonts.*}); each defaults to where its Debian
 * package installs it. Fonts never come from git. {@code further-fonts} (comma-separated TrueType files, none by
 * default) are tried, in order, for a character neither IPAex nor IPAmj Mincho has — a town with residents'
 * names in Hangul, say — as {@code forms.jar --font-fallback} does; a character in no font prints 〓 and is reported.
 */
@ConfigurationProperties("kakanai.fonts")
public record FontProperties(Path ipaexGothic, Path ipaexMincho, Path ipamjMincho, List<Path> furtherFonts) {
    private static final FontSettings DEBIAN = FontSettings.debianDefaults();

    public FontProperties {
        ipaexGothic = Optional.ofNullable(ipaexGothic).orElse(DEBIAN.ipaexGothic());
        ipaexMincho = Optional.ofNullable(ipaexMincho).orElse(DEBIAN.ipaexMincho());
        ipamjMincho = Optional.ofNullable(ipamjMincho).orElse(DEBIAN.ipamjMincho());
        furtherFonts = List.copyOf(Optional.ofNullable(furtherFonts).orElse(List.of()));
    }

    FontSettings toSettings() {
        return new FontSettings(ipaexGothic, ipaexMincho, ipamjMincho, furtherFonts);
    }

    /** The property to change for a font file, for start-up error messages. */
    String propertyOf(Path file) {
        if (furtherFonts.contains(file)) {
            return "kakanai.fonts.further-fonts";
        }
        if (file.equals(ipaexGothic)) {
            return "kakanai.fonts.ipaex-gothic";
        }
        return file.equals(ipaexMincho) ? "kakanai.fonts.ipaex-mincho" : "kakanai.fonts.ipamj-mincho";
    }
}
