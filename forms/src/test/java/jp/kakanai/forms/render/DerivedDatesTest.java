package jp.kakanai.forms.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kakanai.forms.definition.DerivedDate;
import jp.kakanai.forms.definition.FormDefinition;
import jp.kakanai.forms.wareki.WarekiFormatter;
import org.junit.jupiter.api.Test;

/**
 * 資格喪失日 worked out from the form's own definition (国民健康保険法 §8, 高齢者の医療の確保に関する法律 §53, 介護保険法 §11:
 * the day after the death): across month and year ends, leap days and a change of era, and blank when nobody knows.
 */
class DerivedDatesTest {
    private static final DerivedDate LOSS = new DerivedDate("lossDate", List.of(
            new DerivedDate.From("deceased.deathDate", 1), new DerivedDate.From("move.date", 0)), 1);
    private final FormRenderer renderer = TestRenderer.shared();

    private static Optional<String> lossAfterDeathOn(String died) {
        FormData data = FormDataBuilder.empty().put("deceased.deathDate", died).build();
        return DerivedDates.of("nhi-withdraw", LOSS, data).map(WarekiFormatter::format);
    }

    @Test
    void theDayAfterADeathCrossesMonthAndYearEndsAndLeapDaysInTheWarekiOfThatDay() {
        assertThat(lossAfterDeathOn("2026-11-30")).contains("令和8年12月1日");
        assertThat(lossAfterDeathOn("2025-12-31")).contains("令和8年1月1日");
        assertThat(lossAfterDeathOn("2024-02-28")).contains("令和6年2月29日");
        assertThat(lossAfterDeathOn("2024-02-29")).contains("令和6年3月1日");
        assertThat(lossAfterDeathOn("2023-02-28")).contains("令和5年3月1日");
    }

    @Test
    void aDeathOnTheLastDayOfAnEraEndsTheInsuranceOnTheFirstDayOfTheNext() {
        assertThat(lossAfterDeathOn("2019-04-30")).contains("令和元年5月1日");
        assertThat(lossAfterDeathOn("1989-01-07")).contains("平成元年1月8日");
        assertThat(lossAfterDeathOn("2019-04-29")).contains("平成31年4月30日");
    }

    @Test
    void theFirstSourceWithAValueWinsAndNoneLeavesItBlank() {
        FormData moveOnly = FormDataBuilder.empty().put("move.date", "2026-03-31").build();
        FormData both = FormDataBuilder.empty().put("move.date", "2026-03-31").put("deceased.deathDate", "2026-03-20").build();

        assertThat(DerivedDates.of("nhi-withdraw", LOSS, moveOnly)).contains(LocalDate.of(2026, 3, 31));
        assertThat(DerivedDates.of("nhi-withdraw", LOSS, both)).contains(LocalDate.of(2026, 3, 21));
        assertThat(DerivedDates.of("nhi-withdraw", LOSS, FormDataBuilder.empty().put("deceased.deathDate", " ").build()))
                .isEmpty();
    }

    @Test
    void aSourceForSomeLifeEventsCountsOnlyOnAVisitForOneOfThem() {
        // nhi-withdraw: 就職 on 令和7年3月31日 (the workplace insurance began) ends the 国保 the next day (国民健康保険法 §8).
        DerivedDate loss = renderer.definition("nhi-withdraw").orElseThrow().derived().get(0);
        FormData employment = FormDataBuilder.empty().put("event.date", "2025-03-31")
                .visit("v-1", LocalDate.of(2025, 4, 7), "A-001", "employment").build();
        FormData marriage = FormDataBuilder.empty().put("event.date", "2025-03-31")
                .visit("v-2", LocalDate.of(2025, 4, 7), "A-002", "marriage").build();

        assertThat(DerivedDates.of("nhi-withdraw", loss, employment)).contains(LocalDate.of(2025, 4, 1));
        assertThat(DerivedDates.of("nhi-withdraw", loss, marriage)).as("a wedding's date is no insurance's").isEmpty();
        assertThat(DerivedDates.of("nhi-withdraw", loss, FormDataBuilder.empty()
                .visit("v-3", LocalDate.of(2025, 4, 7), "A-003", "employment").build())).as("day not known").isEmpty();
    }

    @Test
    void theFormDecidesItsDerivedDatesNotTheCaller() {
        FormDefinition form = renderer.definition("nhi-withdraw").orElseThrow();
        FormData given = FormDataBuilder.empty().put("deceased.deathDate", "2019-04-30")
                .put("derived.lossDate", "2000-01-01").put("derived.other", "2000-01-01").build();

        assertThat(DerivedDates.addTo(form, given).tree().get("derived")).isEqualTo(Map.of("lossDate", "2019-05-01"));
        assertThat(DerivedDates.addTo(form, FormDataBuilder.empty().build()).lookup("derived")).isEmpty();
    }

    @Test
    void aSourceThatIsNoDateIsNamedInTheError() {
        FormData data = FormDataBuilder.empty().put("deceased.deathDate", "2019-02-30").build();

        assertThatThrownBy(() -> DerivedDates.of("nhi-withdraw", LOSS, data))
                .isInstanceOfSatisfying(InvalidFormDataException.class, e -> assertThat(e.getMessage())
                        .contains("nhi-withdraw", "deceased.deathDate", "'2019-02-30' is not a date", "derived.lossDate"));
    }

    @Test
    void theSampleTownsLossFormsPrintTheDayAfterTheDeathAndListItBlankWhenTheDayIsNotKnown() {
        for (String formId : List.of("nhi-withdraw", "late-elderly-medical", "long-term-care")) {
            FormData died = TestRenderer.sample().put("deceased.name", "山田 正男").put("deceased.birthDate", "1940-03-03")
                    .put("deceased.deathDate", "2019-04-30").build();
            FormData unknownDay = TestRenderer.sample().put("deceased.name", "山田 正男")
                    .put("deceased.birthDate", "1940-03-03").build();
            FormDefinition form = renderer.definition(formId).orElseThrow();

            // No other date of the data is 令和元年5月1日 (the death prints 平成31年4月30日, the report 令和8年11月22日).
            assertThat(PdfProbe.text(renderer.render(formId, died).pdf())).as(formId).contains("令和元年5月1日");
            assertThat(BlankBoxes.of(form, died)).as(formId).extracting(BlankBoxes.Blank::field)
                    .doesNotContain("derived.lossDate");
            assertThat(PdfProbe.text(renderer.render(formId, unknownDay).pdf())).as(formId)
                    .doesNotContain("令和元年5月1日");
            assertThat(BlankBoxes.of(form, unknownDay)).as(formId)
                    .contains(new BlankBoxes.Blank("derived.lossDate", "資格喪失日"));
        }
    }
}
