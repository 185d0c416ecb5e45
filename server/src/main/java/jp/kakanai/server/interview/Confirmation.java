package jp.kakanai.server.interview;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import jp.kakanai.forms.text.Redacted;

/**
 * What the resident checks before printing, in large type: the data exactly as the forms will print it
 * (和暦 dates, 男/女, the household table with every member), the forms in walking order, and the characters
 * no font has, which print as 〓 ({@code flagged}, from rendering the print itself) for the clerk to check
 * against the card and write by hand. {@code blanks}: every required box still blank on every form (the clerk fills
 * it in, or prints with it blank and says so, {@code printedWithBlanks} recording which ones).
 */
public record Confirmation(String visitId, String ticketNumber, int version, String heading, List<Row> resident,
                           List<Row> move, List<Person> household, List<Form> forms, List<Flagged> flagged,
                           List<Blank> blanks, Optional<OffsetDateTime> confirmedAt, List<String> printedWithBlanks) {

    /** A required box the print leaves blank: to fill in first, or to print so and write by hand. */
    public record Blank(String formId, String form, String field, String label) {
    }

    /** A labelled value as printed; {@code field} is the form data key. */
    public record Row(String field, String label, String value) {
        @Override
        public String toString() {
            return Redacted.record(this, "field", "label");
        }
    }

    /** A row of the household table (the resident first). */
    public record Person(String name, String kana, String birthDate, String sex, String relationship) {
        @Override
        public String toString() {
            return Redacted.record(this, "relationship");
        }
    }

    public record Form(String id, String title, String department) {
    }

    /** A character printed as 〓: the character (with its variation selector, if any), its code points, where. */
    public record Flagged(String character, String codePoints, List<String> fields) {
    }
}
