package jp.kakanai.forms.render;

import java.util.stream.Collectors;

/**
 * A character that no font could draw and that the page shows as 〓 (geta mark) instead, so that staff
 * write it by hand. {@code codePoint} is the character; {@code sequence} is what the data held, which also
 * carries an ideographic variation selector when there was one (e.g. 辻 + U+E0100).
 *
 * @param field the data path of the value, e.g. {@code resident.name} or {@code household[1].name}
 */
public record Placeholder(String field, int codePoint, String sequence) {

    public Placeholder(String field, int codePoint) {
        this(field, codePoint, Character.toString(codePoint));
    }

    /** The code points, e.g. {@code U+20BB7} or {@code U+8FBB U+E0100}. */
    public String codePoints() {
        return sequence.codePoints().mapToObj(cp -> String.format("U+%04X", cp)).collect(Collectors.joining(" "));
    }
}
