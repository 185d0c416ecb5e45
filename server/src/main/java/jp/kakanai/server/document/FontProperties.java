package jp.kakanai.server.document;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The font files the PDFs are drawn with ({@code kakanai.fonts.*}), from Debian packages, never from
 * git. Checked at start-up: a server that cannot print a form must not start and fail at the counter.
 *
 * @param regular the main Japanese font (IPAex Mincho, package fonts-ipaexfont)
 * @param mj      IPAmj Mincho (package fonts-ipamj-mincho) for 外字 (gaiji: characters of the MJ set
 *                outside the common fonts) in names and addresses
 */
@ConfigurationProperties("kakanai.fonts")
public record FontProperties(Path regular, Path mj) {
    public FontProperties {
        requireFont("kakanai.fonts.regular", regular, "fonts-ipaexfont");
        requireFont("kakanai.fonts.mj", mj, "fonts-ipamj-mincho");
    }

    private static void requireFont(String property, Path file, String debianPackage) {
        if (file == null) {
            throw new IllegalArgumentException("Kakanai configuration: " + property + " is not set (a .ttf file)");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("Kakanai configuration: font file " + file + " (" + property
                    + ") is missing or unreadable: install the Debian package " + debianPackage
                    + " or point " + property + " at a TrueType font");
        }
    }
}
