package jp.kakanai.forms.render;

/**
 * A font subset ready to go into a PDF as a Type 0 font with a CIDFontType2 descendant (ISO 32000 §9.7): the
 * pieces are finished bytes, so a subset made once (a form's fixed captions) goes into any number of documents.
 *
 * @param baseFont       the subset's name, tag included ({@code ABCDEF+IPAexGothic})
 * @param widths         the advance of CID 1, 2, … in 1/1000 em
 * @param program        the TrueType program, Flate-compressed
 * @param programLength  its length uncompressed ({@code Length1})
 * @param toUnicode      the ToUnicode CMap, Flate-compressed
 */
record EmbeddableFont(String baseFont, ParsedFont.Metrics metrics, int[] widths, byte[] program, int programLength,
                      byte[] toUnicode) {
}
