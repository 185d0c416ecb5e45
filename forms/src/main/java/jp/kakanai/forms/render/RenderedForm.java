package jp.kakanai.forms.render;

import java.util.List;

/** A rendered PDF and the characters on it that were drawn as 〓 because no font has them. */
public record RenderedForm(byte[] pdf, List<Placeholder> placeholders) {
    public RenderedForm {
        placeholders = List.copyOf(placeholders);
    }
}
