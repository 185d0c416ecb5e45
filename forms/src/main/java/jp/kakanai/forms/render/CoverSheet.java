package jp.kakanai.forms.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import jp.kakanai.forms.text.Redacted;

/**
 * The first sheet of a visit's print (一括印刷), for the resident to carry: the reception ticket number,
 * whom it is for, and the departments to visit in walking order with what each handles and what to show
 * there. Printed in large type; it carries no back-office QR code, since it is not a form.
 *
 * @param heading    what the visit is about, e.g. 「転入のお手続き」
 * @param residentName printed with 様; drawn like any value (rare characters from IPAmj, else 〓 and reported)
 * @param stops      the departments in the order the resident walks them
 */
public record CoverSheet(String heading, String ticketNumber, String residentName, LocalDate date, List<Stop> stops,
                         CoverTexts texts) {
    @Override
    public String toString() {
        return Redacted.record(this, "heading", "ticketNumber", "date", "stops", "texts");
    }


    /** One department on the resident's way: its name, the procedures done there, and the documents to show. */
    public record Stop(String department, List<String> procedures, List<String> bring) {
        public Stop {
            Objects.requireNonNull(department, "department");
            procedures = List.copyOf(procedures);
            bring = List.copyOf(bring);
        }
    }

    public CoverSheet {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(ticketNumber, "ticketNumber");
        Objects.requireNonNull(residentName, "residentName");
        Objects.requireNonNull(date, "date");
        stops = List.copyOf(stops);
        Objects.requireNonNull(texts, "texts");
    }

    /** With the sample town's wording. */
    public CoverSheet(String heading, String ticketNumber, String residentName, LocalDate date, List<Stop> stops) {
        this(heading, ticketNumber, residentName, date, stops, CoverTexts.standard());
    }
}
