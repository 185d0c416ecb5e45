package jp.kakanai.forms.definition;

import java.util.List;

/**
 * A form as data: id, Japanese title, sheet size and the elements drawn on it, read from one definition
 * file under {@code forms/} (see docs/forms.md, "How to add a form").
 *
 * @param qr      the area of the back-office QR codes, without the caption under its lowest row
 * @param qrCodes the square of each code in that area (its quiet zone included), in the order a form's codes
 *                fill them: the bottom-right one first, then leftwards, then the row above; a form prints as many
 *                codes as its data needs, one when it fits one
 */
public record FormDefinition(String id, String title, String department, Box page, Box qr, List<Box> qrCodes,
                             List<Element> elements) {
    public FormDefinition {
        qrCodes = List.copyOf(qrCodes);
        elements = List.copyOf(elements);
    }
}
