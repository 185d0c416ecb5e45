package jp.kakanai.forms.render;

/**
 * One character as drawn: the font and glyph that draw it, the text it stands for (what a PDF reader gives back
 * when the text is copied or searched: the character, or the base character of a variation sequence) and its
 * advance width at type size 1.
 */
record Glyph(ParsedFont font, int gid, String text, float advance) {
}
