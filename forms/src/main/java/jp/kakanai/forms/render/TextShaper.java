package jp.kakanai.forms.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides, character by character, which font draws a value: the first font of the face's chain that has it
 * ({@link FontLibrary}: IPAex, IPAmj Mincho for 𠮷 and other MJ characters, then a town's further fonts), else 〓
 * with a {@link Placeholder} so staff see what to write by hand; a 〓 that the data already holds (the card's 外字
 * the reader could not decode) is reported the same way. An ideographic variation sequence (辻 + U+E0100) is drawn
 * with its own glyph by the first font that knows the sequence (the fonts' cmap format 14, which PDFBox ignores);
 * when none does it becomes 〓 as well, since the base glyph would silently change a person's name.
 */
final class TextShaper {
    static final int GETA = 0x3013; // 〓

    private final FontLibrary fonts;

    TextShaper(FontLibrary fonts) {
        this.fonts = fonts;
    }

    List<Glyph> shape(String field, String text, Face preferred, List<Placeholder> placeholders) {
        List<ParsedFont> chain = fonts.chain(preferred);
        List<Glyph> glyphs = new ArrayList<>(text.length());
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (VariationSequences.isSelector(cp)) {
                continue; // a selector with no base character: nothing to draw
            }
            if (i + 1 < cps.length && VariationSequences.isSelector(cps[i + 1])) {
                int selector = cps[++i];
                Glyph variant = variant(chain, cp, selector);
                if (variant == null) {
                    placeholders.add(new Placeholder(field, cp, new String(cps, i - 1, 2)));
                    variant = geta(chain);
                }
                glyphs.add(variant);
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                cp = cp == 0x3000 ? cp : ' ';
            }
            Glyph glyph = cp == GETA ? null : glyph(chain, cp);
            if (glyph == null) {
                // no font has it, or it is already a placeholder in the data (the card reader's mark for a 外字)
                placeholders.add(new Placeholder(field, cp));
                glyph = geta(chain);
            }
            glyphs.add(glyph);
        }
        return glyphs;
    }

    private static Glyph glyph(List<ParsedFont> chain, int cp) {
        for (ParsedFont font : chain) {
            int gid = font.glyph(cp);
            if (gid > 0) {
                return new Glyph(font, gid, Character.toString(cp), font.advance(gid));
            }
        }
        return null;
    }

    private static Glyph variant(List<ParsedFont> chain, int base, int selector) {
        for (ParsedFont font : chain) {
            int gid = font.variant(base, selector);
            if (gid > 0) {
                return new Glyph(font, gid, Character.toString(base), font.advance(gid));
            }
        }
        return null;
    }

    private static Glyph geta(List<ParsedFont> chain) {
        return glyph(chain, GETA);
    }
}
