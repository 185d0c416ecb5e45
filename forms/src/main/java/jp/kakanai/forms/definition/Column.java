package jp.kakanai.forms.definition;

/**
 * A column of a {@link ElementKind#TABLE table}: its header, the key inside each row's item (e.g. {@code name}
 * for {@code household[i].name}), how it is printed (text, kana, date, sex) and its width in millimetres.
 * {@code required}: every listed person needs this cell filled (a valid application); a blank one is flagged.
 */
public record Column(String header, String source, ElementKind kind, double w, boolean required) {
    public Column(String header, String source, ElementKind kind, double w) {
        this(header, source, kind, w, false);
    }
}
