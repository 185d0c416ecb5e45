package jp.kakanai.forms.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.kakanai.forms.json.FileProblem;
import org.junit.jupiter.api.Test;

/** A form's derived dates ("derived"): what the town writes is read, and every wrong reference is named on its line. */
class DerivedDatesReaderTest {

    private static String form(String derived, String elements) {
        return """
                {
                  "schema": 1,
                  "id": "test-form",
                  "title": "テスト届",
                  "derived": [
                %s
                  ],
                  "elements": [
                %s
                  ]
                }
                """.formatted(derived, elements);
    }

    private static final String LOSS = """
                { "id": "lossDate", "firstOf": [ { "source": "deceased.deathDate", "plusDays": 1 }, { "source": "move.date" } ] }""";
    private static final String LOSS_BOX = """
                { "kind": "date", "label": "資格喪失日", "source": "derived.lossDate", "x": 10, "y": 40, "w": 120, "h": 12 }""";

    private static List<FileProblem> problems(String json) {
        return FormDefinitionReaderTest.problems(json);
    }

    private static FileProblem at(int line, String message) {
        return new FileProblem("test-form.json", line, message);
    }

    @Test
    void aDerivedDateIsReadWithItsSourcesInOrderAndTheElementPrintsItsKey() {
        FormDefinition form = FormDefinitionReader.read("test-form.json", form(LOSS, LOSS_BOX));

        assertThat(form.derived()).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("lossDate");
            assertThat(d.key()).isEqualTo("derived.lossDate");
            assertThat(d.firstOf()).containsExactly(new DerivedDate.From("deceased.deathDate", 1),
                    new DerivedDate.From("move.date", 0));
            assertThat(d.line()).isEqualTo(6);
        });
        assertThat(form.elements().get(0).source()).contains("derived.lossDate");
    }

    @Test
    void aBoxPrintingAnUndeclaredDerivedDateIsReportedOnItsLine() {
        String json = form(LOSS, LOSS_BOX.replace("derived.lossDate", "derived.lostDate"));

        assertThat(problems(json)).containsExactly(
                at(9, "unknown derived date 'lostDate' (this form's \"derived\" declares [lossDate])"),
                at(6, "derived date 'lossDate' is printed by no element; remove it or use it"));
    }

    @Test
    void aDerivedDateFromSomethingThatIsNoDateIsReportedOnItsSource() {
        String json = form(LOSS.replace("\"move.date\"", "\"resident.name\""), LOSS_BOX);

        assertThat(problems(json)).containsExactly(at(6, "'resident.name' is no date of the form data; a derived date comes "
                + "from visit.date, move.date, event.date, resident.birthDate, household[i].birthDate, deceased.birthDate, "
                + "deceased.deathDate"));
    }

    @Test
    void aBadIdAFractionOfADayAMisspeltPropertyAndNoSourceAreEachReported() {
        String json = form("""
                { "id": "loss-date", "firstOf": [ { "source": "deceased.deathDate", "plusDays": 1.5, "days": 1 } ] },
                { "id": "other", "firstOf": [] }""",
                LOSS_BOX.replace("\"date\"", "\"text\"").replace("lossDate", "other"));

        assertThat(problems(json)).containsExactlyInAnyOrder(
                at(6, "derived date id 'loss-date' must be one word in lowerCamelCase, e.g. lossDate (elements print it as derived.<id>)"),
                at(6, "'plusDays' must be a whole number"),
                at(6, "unknown property 'days' in a date source (allowed: lifeEvents, plusDays, source)"),
                at(7, "'firstOf' must be a list of at least one {\"source\": ..., \"plusDays\": ...}"),
                at(10, "unknown derived date 'other' (this form's \"derived\" declares none)"));
    }

    @Test
    void aDerivedDatePrintedByATextBoxIsReported() {
        String json = form(LOSS, LOSS_BOX.replace("\"date\"", "\"text\""));

        assertThat(problems(json)).containsExactly(
                at(9, "derived.lossDate is a date: a text cannot print it (use \"kind\": \"date\")"));
    }

    @Test
    void theSameIdTwiceIsReported() {
        assertThat(problems(form(LOSS + ",\n" + LOSS, LOSS_BOX)))
                .containsExactly(at(7, "duplicate derived date id 'lossDate' (first at line 6)"));
    }

    @Test
    void aSourceForSomeLifeEventsIsReadAndAnEmptyOrBadListIsReported() {
        String json = form("""
                { "id": "lossDate", "firstOf": [ { "source": "event.date", "plusDays": 1, "lifeEvents": ["employment"] } ] }""",
                LOSS_BOX);
        assertThat(FormDefinitionReader.read("test-form.json", json).derived().get(0).firstOf())
                .containsExactly(new DerivedDate.From("event.date", 1, List.of("employment")));

        assertThat(problems(json.replace("[\"employment\"]", "[]"))).containsExactly(at(6, "'lifeEvents' must list at "
                + "least one life event id (e.g. [\"employment\"]): the source counts only on a visit for one of them"));
        assertThat(problems(json.replace("[\"employment\"]", "[\"Employment\"]"))).containsExactly(at(6,
                "'Employment' is not a stable id: use lower-case English kebab-case, e.g. nhi-enroll"));
    }
}
