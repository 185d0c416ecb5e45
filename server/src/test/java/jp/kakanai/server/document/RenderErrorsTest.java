package jp.kakanai.server.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ws.rs.core.Response;
import java.util.Map;
import jp.kakanai.forms.definition.FormCatalog;
import jp.kakanai.forms.render.FontSettings;
import jp.kakanai.forms.render.FormDataBuilder;
import jp.kakanai.forms.render.FormRenderException;
import jp.kakanai.forms.render.FormRenderer;
import jp.kakanai.forms.render.InvalidFormDataException;
import jp.kakanai.server.api.ApiError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Issue 16: a form that cannot be printed is a 4xx or 5xx JSON answer naming the field, never a bare 500. */
@ExtendWith(OutputCaptureExtension.class)
class RenderErrorsTest {
    private static final FormRenderer RENDERER = FormRenderer.create(FontSettings.debianDefaults(), FormCatalog.of(Map.of(
            "cramped.json", """
                    { "schema": 1, "id": "cramped", "title": "確認", "elements": [
                      { "kind": "text", "label": "氏名", "source": "resident.name", "x": 10, "y": 40, "w": 60, "h": 10 },
                      { "kind": "label", "text": "%s", "x": 10, "y": 60, "w": 10, "h": 3 } ] }
                    """.formatted("注意事項".repeat(30)))));

    @Test
    void aValueItsBoxCannotPrintIs422NamingTheField() {
        var e = new InvalidFormDataException("resident-change", "household[1].sex", "'3' is not an ISO 5218 sex code (0, 1, 2, 9)");

        Response response = RenderErrors.toResponse(e);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat((ApiError) response.getEntity()).isEqualTo(new ApiError(
                "Cannot print form 'resident-change', field household[1].sex: '3' is not an ISO 5218 sex code (0, 1, 2, 9).",
                "household[1].sex"));
    }

    @Test
    void aValueTooLongForItsBoxIs422NamingTheField() {
        var e = failure(FormDataBuilder.empty().put("resident.name", "寿限無".repeat(300)));

        Response response = RenderErrors.toResponse(e);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(((ApiError) response.getEntity()).field()).isEqualTo("resident.name");
    }

    @Test
    void anUnknownFormIs404() {
        var e = catchThrowableOfType(FormRenderException.class, () -> RENDERER.render("no-such-form", FormDataBuilder.empty().build()));

        Response response = RenderErrors.toResponse(e);

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(((ApiError) response.getEntity()).error()).contains("no-such-form");
    }

    @Test
    void aFaultOfTheRendererIs500WithAReferenceAndALogLineWithoutTheData(CapturedOutput log) {
        var e = failure(FormDataBuilder.empty().put("resident.name", "書可 内子"));

        Response response = RenderErrors.toResponse(e);

        assertThat(response.getStatus()).isEqualTo(500);
        ApiError body = (ApiError) response.getEntity();
        assertThat(body.error()).contains("form 'cramped'", "reference ");
        String reference = body.error().replaceAll(".*reference (\\w+).*", "$1");
        assertThat(log.getAll()).contains("reference " + reference, "form cramped", "IllegalStateException")
                .doesNotContain("注意事項注意事項", "書可 内子");
    }

    private static FormRenderException failure(FormDataBuilder data) {
        return catchThrowableOfType(FormRenderException.class, () -> RENDERER.render("cramped", data.build()));
    }
}
