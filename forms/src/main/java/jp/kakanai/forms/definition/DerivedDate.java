package jp.kakanai.forms.definition;

import java.util.List;

/**
 * A date a form prints that nobody gives as such, declared in the form definition ({@code "derived"}) and printed by
 * elements whose source is {@code derived.<id>}: the first of {@code firstOf} whose source has a value, moved by its
 * {@code plusDays}. What a law fixes is written where the town can read it: 国民健康保険法 §8 (資格喪失 the day after
 * death) is {@code {"source": "deceased.deathDate", "plusDays": 1}} on the form, not a rule in the program. When no
 * source has a value the date stays blank (and a required box is listed as blank for the clerk).
 *
 * @param line the line of the definition file it starts on, for error messages
 */
public record DerivedDate(String id, List<From> firstOf, int line) {
    /** The data keys a derived date is referred to by: {@code derived.<id>}. */
    public static final String PREFIX = "derived.";

    public DerivedDate {
        firstOf = List.copyOf(firstOf);
    }

    /** One place the date may come from: a date of the form data, {@code plusDays} later (earlier when negative). */
    public record From(String source, int plusDays) {
    }

    /** {@code derived.<id>}, as elements name it. */
    public String key() {
        return PREFIX + id;
    }
}
