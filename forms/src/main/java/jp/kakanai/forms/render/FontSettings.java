package jp.kakanai.forms.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where the renderer finds its fonts. The three standard ones come from Debian packages, never from git:
 * IPAex Gothic and IPAex Mincho ({@code fonts-ipaexfont}) for the common characters, IPAmj Mincho
 * ({@code fonts-ipamj-mincho}, the MJ character set behind 行政事務標準文字) for what IPAex lacks, such as 𠮷.
 * A town may add further TrueType fonts (a font with its own 外字, or hangul for residents' names in Korean): a
 * character none of the three has is looked up in them, in their order, before it becomes 〓.
 */
public record FontSettings(Path ipaexGothic, Path ipaexMincho, Path ipamjMincho, List<Path> furtherFonts) {

    public FontSettings {
        Objects.requireNonNull(ipaexGothic, "ipaexGothic");
        Objects.requireNonNull(ipaexMincho, "ipaexMincho");
        Objects.requireNonNull(ipamjMincho, "ipamjMincho");
        furtherFonts = List.copyOf(furtherFonts);
    }

    public FontSettings(Path ipaexGothic, Path ipaexMincho, Path ipamjMincho) {
        this(ipaexGothic, ipaexMincho, ipamjMincho, List.of());
    }

    /** The paths where Debian's {@code fonts-ipaexfont} and {@code fonts-ipamj-mincho} install the fonts. */
    public static FontSettings debianDefaults() {
        return new FontSettings(
                Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"),
                Path.of("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"),
                Path.of("/usr/share/fonts/truetype/ipamj/ipamjm.ttf"));
    }

    /** These settings with further fonts tried, in order, for characters the three standard fonts lack. */
    public FontSettings withFurtherFonts(List<Path> fonts) {
        return new FontSettings(ipaexGothic, ipaexMincho, ipamjMincho, fonts);
    }
}
