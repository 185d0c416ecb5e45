package jp.kakanai.forms.render;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The three parsed fonts of {@link FontSettings}. IPAmj Mincho (46 MB, ~340 ms to parse) is parsed only when a
 * form first needs a character IPAex lacks; its file is checked at once so a missing package fails start-up.
 */
final class FontLibrary {
    // fontbox warns on every parse that IPA fonts' cmap format 14 (variation sequences) is ignored (spec §1);
    // we handle variation selectors ourselves. A strong reference: JUL forgets loggers nobody holds.
    private static final Logger CMAP_WARNINGS = Logger.getLogger("org.apache.fontbox.ttf.CmapSubtable");

    static {
        CMAP_WARNINGS.setLevel(Level.SEVERE);
    }

    private static final String IPAEX = "fonts-ipaexfont";
    private static final String IPAMJ = "fonts-ipamj-mincho";

    private final ParsedFont gothic;
    private final ParsedFont mincho;
    private final FontSettings settings;
    private volatile ParsedFont mjMincho;

    FontLibrary(FontSettings settings) {
        this.settings = settings;
        if (!java.nio.file.Files.isReadable(settings.ipamjMincho())) {
            throw new FontUnavailableException("IPAmj Mincho", settings.ipamjMincho(), IPAMJ, null);
        }
        this.gothic = ParsedFont.load("IPAex Gothic", settings.ipaexGothic(), IPAEX);
        this.mincho = ParsedFont.load("IPAex Mincho", settings.ipaexMincho(), IPAEX);
    }

    ParsedFont font(Face face) {
        return switch (face) {
            case GOTHIC -> gothic;
            case MINCHO -> mincho;
            case MJ_MINCHO -> mjMincho();
        };
    }

    private ParsedFont mjMincho() {
        ParsedFont mj = mjMincho;
        if (mj == null) {
            synchronized (this) {
                mj = mjMincho;
                if (mj == null) {
                    mj = ParsedFont.load("IPAmj Mincho", settings.ipamjMincho(), IPAMJ);
                    mjMincho = mj;
                }
            }
        }
        return mj;
    }
}
