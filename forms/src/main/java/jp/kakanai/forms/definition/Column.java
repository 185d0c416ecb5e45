package jp.kakanai.forms.definition;

/**
 * A column of a {@link ElementKind#TABLE table}: its header, the key inside each row's item (e.g. {@code name}
 * for {@code household[i].name}), how it is printed (text, kana, date, sex) and its width in millimetres.
 */
public record Column(String header, String source, ElementKind kind, double w) {
}
