package jp.kakanai.forms.render;

/** One character as drawn: its text, the face that has it and its advance width at type size 1. */
record Glyph(String text, Face face, float advance) {
}
