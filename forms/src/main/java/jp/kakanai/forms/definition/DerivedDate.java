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

    /**
     * One place the date may come from: a date of the form data, {@code plusDays} later (earlier when negative), only
     * on a visit for one of {@code lifeEvents} when it names any ({@code event.date} means another day for each event:
     * on 就職 the day the workplace insurance began, on 婚姻 the wedding's).
     */
    public record From(String source, int plusDays, List<String> lifeEvents) {
        public From {
            lifeEvents = List.copyOf(lifeEvents);
        }

        /** A source that counts on every visit. */
        public From(String source, int plusDays) {
            this(source, plusDays, List.of());
        }

        /** Whether it counts on a visit for this life event (any, when it names none). */
        public boolean countsOn(java.util.Optional<String> lifeEvent) {
            return lifeEvents.isEmpty() || lifeEvent.filter(lifeEvents::contains).isPresent();
        }
    }

    /** {@code derived.<id>}, as elements name it. */
    public String key() {
        return PREFIX + id;
    }
}
