package jp.kakanai.server.document;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import jp.kakanai.forms.render.RenderedForm;

/**
 * A rendered PDF as an HTTP answer for staff: shown inline, never stored by the browser or a proxy (it
 * holds personal data), and the characters drawn as 〓 listed in the {@value #PLACEHOLDERS} header
 * ({@code field U+XXXX, ...}) so that staff can write them by hand.
 */
public final class PdfResponses {
    public static final String PLACEHOLDERS = "Kakanai-Placeholders";

    private PdfResponses() {
    }

    public static Response inline(RenderedForm rendered, String fileName) {
        CacheControl personalData = new CacheControl();
        personalData.setNoStore(true);
        personalData.setPrivate(true);
        Response.ResponseBuilder response = Response.ok(rendered.pdf(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
                .cacheControl(personalData);
        if (!rendered.placeholders().isEmpty()) {
            response.header(PLACEHOLDERS, rendered.placeholders().stream()
                    .map(p -> p.field() + " " + p.codePoints()).collect(Collectors.joining(", ")));
        }
        return response.build();
    }
}
