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
 * @param derived the dates it works out from others ({@link DerivedDate}: 資格喪失日 the day after the death)
 */
public record FormDefinition(String id, String title, String department, Box page, Box qr, List<Box> qrCodes,
                             List<Element> elements, List<DerivedDate> derived) {
    public FormDefinition {
        qrCodes = List.copyOf(qrCodes);
        elements = List.copyOf(elements);
        derived = List.copyOf(derived);
    }

    /** A form that derives no dates. */
    public FormDefinition(String id, String title, String department, Box page, Box qr, List<Box> qrCodes,
                          List<Element> elements) {
        this(id, title, department, page, qr, qrCodes, elements, List.of());
    }
}
