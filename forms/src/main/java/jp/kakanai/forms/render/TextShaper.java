package jp.kakanai.forms.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides, character by character, which font draws a value: the preferred IPAex face, else IPAmj Mincho
 * (𠮷 and other MJ characters), else 〓 with a {@link Placeholder} so staff see what to write by hand; a 〓
 * that the data already holds (the card's 外字 the reader could not decode) is reported the same way.
 * Ideographic variation sequences (辻 + U+E0100) become 〓 as well: PDFBox ignores the fonts' format 14 cmap,
 * so the variant glyph cannot be drawn, and drawing the base glyph would silently change a person's name.
 */
final class TextShaper {
    static final int GETA = 0x3013; // 〓

    private final FontLibrary fonts;

    TextShaper(FontLibrary fonts) {
        this.fonts = fonts;
    }

    List<Glyph> shape(String field, String text, Face preferred, List<Placeholder> placeholders) {
        List<Glyph> glyphs = new ArrayList<>(text.length());
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (isVariationSelector(cp)) {
                continue; // a selector with no base character: nothing to draw
            }
            if (i + 1 < cps.length && isVariationSelector(cps[i + 1])) {
                placeholders.add(new Placeholder(field, cp, new String(cps, i, 2)));
                glyphs.add(glyph(GETA, preferred));
                i++;
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                cp = cp == 0x3000 ? cp : ' ';
            }
            if (cp == GETA) {
                // Already a placeholder in the data (the card reader's mark for a 外字 it could not give).
                placeholders.add(new Placeholder(field, cp));
                glyphs.add(glyph(GETA, preferred));
            } else if (fonts.font(preferred).has(cp)) {
                glyphs.add(glyph(cp, preferred));
            } else if (preferred != Face.MJ_MINCHO && fonts.font(Face.MJ_MINCHO).has(cp)) {
                glyphs.add(glyph(cp, Face.MJ_MINCHO));
            } else {
                placeholders.add(new Placeholder(field, cp));
                glyphs.add(glyph(GETA, preferred));
            }
        }
        return glyphs;
    }

    private Glyph glyph(int cp, Face face) {
        return new Glyph(Character.toString(cp), face, fonts.font(face).advance(cp));
    }

    static boolean isVariationSelector(int cp) {
        return cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF;
    }
}
