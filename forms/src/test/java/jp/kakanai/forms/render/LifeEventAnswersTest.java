package jp.kakanai.forms.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kakanai.forms.definition.ElementKind;
import jp.kakanai.forms.pack.TownPack;
import org.junit.jupiter.api.Test;

/** What a life event implies on the forms ({@code life-events.json} "implies") is ticked, and read back. */
class LifeEventAnswersTest {
    private static final Map<String, String> MOVE_IN = TownPack.sample().catalog().lifeEventOrThrow("move-in").impliedAnswers();

    @Test
    void everyImpliedAnswerIsACheckboxSomeFormHas() {
        Set<String> checkboxes = TownPack.sample().forms().all().stream()
                .flatMap(form -> form.elements().stream())
                .filter(e -> e.kind() == ElementKind.CHECKBOX && e.source().isPresent() && e.value().isPresent())
                .map(e -> e.source().get() + "=" + e.value().get())
                .collect(Collectors.toSet());

        TownPack.sample().catalog().lifeEvents().forEach(event -> event.impliedAnswers().forEach((answer, value) ->
                assertThat(checkboxes).as("%s implies answers.%s=%s", event.id(), answer, value)
                        .contains("answers." + answer + "=" + value)));
    }

    @Test
    void moveInTicksTheMoveInReasonOnTheHealthInsuranceForm() {
        FormData data = FormDataBuilder.forResident(TestRenderer.yamadaTaro())
                .visit("v-1", LocalDate.of(2026, 11, 30), "A-001", "move-in").impliedAnswers(MOVE_IN).build();

        assertThat(data.lookup("answers.nhi-reason")).hasValue("move-in");
        RenderedForm form = TestRenderer.shared().render("nhi-enroll", data);
        BackOfficeData qr = QrScanner.read(PdfProbe.image(form.pdf(), 0, 300),
                TestRenderer.shared().definition("nhi-enroll").orElseThrow(), 300);
        assertThat(qr.data())
                .extractingByKey("answers").asString().contains("nhi-reason=move-in");
    }

    @Test
    void anAnswerGivenAtTheCounterWinsOverTheLifeEvent() {
        FormData putBefore = FormDataBuilder.empty().put("answers.nhi-reason", "welfare-ended")
                .visit("v-1", null, null, "move-in").impliedAnswers(MOVE_IN).build();
        FormData putAfter = FormDataBuilder.empty().visit("v-1", null, null, "move-in").impliedAnswers(MOVE_IN)
                .put("answers.nhi-reason", "other").build();

        assertThat(putBefore.lookup("answers.nhi-reason")).hasValue("welfare-ended");
        assertThat(putAfter.lookup("answers.nhi-reason")).hasValue("other");
        assertThat(putAfter.lookup("answers.care-kind")).hasValue("enrol");
    }

    @Test
    void anEventThatImpliesNothingTicksNothing() {
        FormData data = FormDataBuilder.empty().visit("v-1", null, null, "marriage")
                .impliedAnswers(TownPack.sample().catalog().lifeEventOrThrow("marriage").impliedAnswers()).build();
        assertThat(data.lookup("answers.nhi-reason")).isEmpty();
    }
}
