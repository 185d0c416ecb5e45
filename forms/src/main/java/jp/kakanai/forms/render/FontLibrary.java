package jp.kakanai.forms.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The parsed fonts of {@link FontSettings}, and the order in which a character is looked for in them: the face a
 * text prefers (IPAex Gothic for values, IPAex Mincho for titles), then IPAmj Mincho, then the town's further fonts.
 * All are read at start-up, so a missing or unusable file fails there and never in the middle of a resident's print.
 */
final class FontLibrary {
    private static final String IPAEX = "fonts-ipaexfont";
    private static final String IPAMJ = "fonts-ipamj-mincho";

    private final ParsedFont gothic;
    private final ParsedFont mincho;
    private final List<ParsedFont> gothicChain;
    private final List<ParsedFont> minchoChain;

    FontLibrary(FontSettings settings) {
        this.gothic = ParsedFont.load("IPAex Gothic", settings.ipaexGothic(), IPAEX);
        this.mincho = ParsedFont.load("IPAex Mincho", settings.ipaexMincho(), IPAEX);
        List<ParsedFont> fallbacks = new ArrayList<>();
        fallbacks.add(ParsedFont.load("IPAmj Mincho", settings.ipamjMincho(), IPAMJ));
        for (Path further : settings.furtherFonts()) {
            fallbacks.add(ParsedFont.load("further font " + further.getFileName(), further, null));
        }
        this.gothicChain = chain(gothic, fallbacks);
        this.minchoChain = chain(mincho, fallbacks);
    }

    ParsedFont font(Face face) {
        return face == Face.MINCHO ? mincho : gothic;
    }

    /** The fonts to look for a character in, the face's own first. */
    List<ParsedFont> chain(Face face) {
        return face == Face.MINCHO ? minchoChain : gothicChain;
    }

    private static List<ParsedFont> chain(ParsedFont first, List<ParsedFont> fallbacks) {
        List<ParsedFont> chain = new ArrayList<>();
        chain.add(first);
        chain.addAll(fallbacks);
        return List.copyOf(chain);
    }
}
