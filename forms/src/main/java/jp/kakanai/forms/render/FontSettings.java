package jp.kakanai.forms.render;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the renderer finds its fonts. All three come from Debian packages, never from git:
 * IPAex Gothic and IPAex Mincho ({@code fonts-ipaexfont}) for the common characters, IPAmj Mincho
 * ({@code fonts-ipamj-mincho}, the MJ character set behind 行政事務標準文字) for what IPAex lacks, such as 𠮷.
 */
public record FontSettings(Path ipaexGothic, Path ipaexMincho, Path ipamjMincho) {

    public FontSettings {
        Objects.requireNonNull(ipaexGothic, "ipaexGothic");
        Objects.requireNonNull(ipaexMincho, "ipaexMincho");
        Objects.requireNonNull(ipamjMincho, "ipamjMincho");
    }

    /** The paths where Debian's {@code fonts-ipaexfont} and {@code fonts-ipamj-mincho} install the fonts. */
    public static FontSettings debianDefaults() {
        return new FontSettings(
                Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"),
                Path.of("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"),
                Path.of("/usr/share/fonts/truetype/ipamj/ipamjm.ttf"));
    }
}
