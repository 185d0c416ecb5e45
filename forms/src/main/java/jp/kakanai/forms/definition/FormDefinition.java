package jp.kakanai.forms.definition;

import java.util.List;

/**
 * A form as data: id, Japanese title, sheet size and the elements drawn on it, read from one definition
 * file under {@code forms/} (see docs/forms.md, "How to add a form").
 *
 * @param qr where the back-office QR code goes
 */
public record FormDefinition(String id, String title, String department, Box page, Box qr,
                             List<Element> elements) {
    public FormDefinition {
        elements = List.copyOf(elements);
    }
}
