package jp.kakanai.forms.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import jp.kakanai.forms.definition.FormCatalog;
import org.junit.jupiter.api.Test;

/** Issue 16: every failure of a render is a typed exception with one sentence naming the form and the field. */
class RenderErrorsTest {
    private final FormRenderer renderer = TestRenderer.shared();

    @Test
    void sexCodeInAHouseholdRowIsCheckedLikeInASexBox() {
        var row = TestRenderer.full().put("household[1].sex", "3").build();
        var box = TestRenderer.full().put("resident.sex", "3").build();

        assertThatThrownBy(() -> renderer.render("resident-change", row))
                .isInstanceOfSatisfying(InvalidFormDataException.class, e -> {
                    assertThat(e.formId()).isEqualTo("resident-change");
                    assertThat(e.field()).isEqualTo("household[1].sex");
                    assertThat(e.isDataProblem()).isTrue();
                })
                .hasMessage("Cannot print form 'resident-change', field household[1].sex: '3' is not an ISO 5218 sex code (0, 1, 2, 9).");
        assertThatThrownBy(() -> renderer.render("seal-registration", box))
                .isInstanceOfSatisfying(InvalidFormDataException.class, e -> assertThat(e.field()).isEqualTo("resident.sex"));
    }

    @Test
    void memberBeyondTheTableRowsIsCheckedToo() {
        var data = TestRenderer.full();
        for (int i = 3; i < 9; i++) {
            data.put("household[" + i + "].name", "山田 子" + i).put("household[" + i + "].birthDate", "2020-01-0" + i);
        }
        data.put("household[8].birthDate", "2020-02-30");

        assertThatThrownBy(() -> renderer.render("resident-change", data.build()))
                .isInstanceOfSatisfying(InvalidFormDataException.class, e -> assertThat(e.field()).isEqualTo("household[8].birthDate"))
                .hasMessageContaining("'2020-02-30' is not a date");
    }

    @Test
    void myNumberWithAWrongCheckDigitIsNotPrintedAndNotRepeated() {
        var data = TestRenderer.full().put("resident.myNumber", "123456789012").build();

        assertThatThrownBy(() -> renderer.render("national-pension", data))
                .isInstanceOfSatisfying(InvalidFormDataException.class, e -> assertThat(e.field()).isEqualTo("resident.myNumber"))
                .hasMessageContaining("check digit is wrong")
                .hasMessageNotContaining("123456789012");
    }

    @Test
    void aValueIsCheckedByItsKeyWhateverBoxPrintsIt() {
        FormRenderer custom = FormRenderer.create(FontSettings.debianDefaults(), FormCatalog.of(Map.of("plain.json", """
                { "schema": 1, "id": "plain", "title": "確認", "elements": [
                  { "kind": "text", "label": "生年月日", "source": "resident.birthDate", "x": 10, "y": 40, "w": 100, "h": 10 },
                  { "kind": "text", "label": "番号", "source": "resident.myNumber", "x": 10, "y": 50, "w": 100, "h": 10 } ] }
                """)));

        assertThatThrownBy(() -> custom.render("plain", TestRenderer.sample().put("resident.birthDate", "昭和64年1月7日").build()))
                .isInstanceOfSatisfying(InvalidFormDataException.class, e -> assertThat(e.field()).isEqualTo("resident.birthDate"));
        assertThatThrownBy(() -> custom.render("plain", TestRenderer.sample().put("resident.myNumber", "12345678901").build()))
                .isInstanceOfSatisfying(InvalidFormDataException.class, e -> assertThat(e.field()).isEqualTo("resident.myNumber"))
                .hasMessageContaining("12 digits");
    }

    @Test
    void anObjectOrAListWhereAValueBelongsIsAnError() {
        var object = TestRenderer.sample().put("resident.name", Map.of("family", "山田")).build();
        var notAList = TestRenderer.full().put("household", "山田 太郎").build();

        assertThatThrownBy(() -> renderer.render("juminhyo-request", object))
                .isInstanceOfSatisfying(InvalidFormDataException.class, e -> assertThat(e.field()).isEqualTo("resident.name"))
                .hasMessageContaining("a single value is expected here");
        assertThatThrownBy(() -> renderer.render("resident-change", notAList))
                .isInstanceOfSatisfying(InvalidFormDataException.class, e -> assertThat(e.field()).isEqualTo("household"));
    }

    @Test
    void aValueTooLongForItsBoxEvenInTheSmallestTypeIsAnError() {
        var data = TestRenderer.sample().put("resident.name", "寿限無".repeat(200)).build();

        assertThatThrownBy(() -> renderer.render("juminhyo-request", data))
                .isInstanceOfSatisfying(ValueDoesNotFitException.class, e -> {
                    assertThat(e.field()).isEqualTo("resident.name");
                    assertThat(e.formId()).isEqualTo("juminhyo-request");
                })
                .hasMessageContaining("600 characters do not fit");
    }

    @Test
    void dataTooLargeForAllTheFormsCodesNamesTheLargestValue() {
        var data = TestRenderer.full();
        for (int i = 3; i < 400; i++) {
            data.put("household[" + i + "].name", "山田 子" + i).put("household[" + i + "].kana", "ヤマダ コ")
                    .put("household[" + i + "].birthDate", "2020-01-01").put("household[" + i + "].relationship", "子");
        }
        data.put("household[42].relationship", "妻の兄の子の配偶者の子の父の母の兄の妻の姉の夫の弟の子の配偶者の子の父の母の兄の妻の姉");

        assertThatThrownBy(() -> renderer.render("resident-change", data.build()))
                .isInstanceOfSatisfying(FormDataTooLargeException.class, e -> {
                    assertThat(e.field()).isEqualTo("household[42].relationship");
                    assertThat(e.isDataProblem()).isTrue();
                })
                .hasMessageContaining("is more than its 4 QR codes hold");
    }

    @Test
    void aFormWhoseOwnTextDoesNotFitFailsAsAFaultNotAsBadData() {
        FormRenderer custom = FormRenderer.create(FontSettings.debianDefaults(), FormCatalog.of(Map.of("cramped.json", """
                { "schema": 1, "id": "cramped", "title": "確認", "elements": [
                  { "kind": "label", "text": "%s", "x": 10, "y": 40, "w": 10, "h": 3 } ] }
                """.formatted("注意事項".repeat(30)))));

        assertThatThrownBy(() -> custom.render("cramped", TestRenderer.sample().build()))
                .isInstanceOfSatisfying(RenderFailedException.class, e -> {
                    assertThat(e.formId()).isEqualTo("cramped");
                    assertThat(e.isDataProblem()).isFalse();
                })
                .hasMessageContaining("form 'cramped'");
    }

    @Test
    void everyFailureIsAFormRenderException() {
        assertThat(List.of(UnknownFormException.class, InvalidFormDataException.class, ValueDoesNotFitException.class,
                FormDataTooLargeException.class, RenderFailedException.class))
                .allMatch(FormRenderException.class::isAssignableFrom);
        assertThatThrownBy(() -> renderer.render("no-such-form", TestRenderer.sample().build()))
                .isInstanceOfSatisfying(UnknownFormException.class, e -> assertThat(e.formId()).isEqualTo("no-such-form"));
    }
}
