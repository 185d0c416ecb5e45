package jp.kakanai.server.document;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import jp.kakanai.forms.render.FormRenderException;
import jp.kakanai.forms.render.UnknownFormException;
import jp.kakanai.server.api.ApiError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A form that could not be printed, as the API's JSON error naming the field: 404 for a form the catalog does not
 * have, 422 when the data is what must change (a value its box cannot print, too much data for the form's codes),
 * 500 with a log reference when the renderer or a form definition failed. The log line names the form, the field
 * and the kinds of exception, never their messages: those may quote a resident's value.
 */
public final class RenderErrors {
    private static final Logger LOG = LoggerFactory.getLogger(RenderErrors.class);

    private RenderErrors() {
    }

    static Response toResponse(FormRenderException e) {
        if (e instanceof UnknownFormException) {
            return new ApiError(e.getMessage(), "formId").toResponse(404);
        }
        if (e.isDataProblem()) {
            return new ApiError(e.getMessage(), e.field()).toResponse(422);
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Form could not be printed, reference {}: form {}, field {}, {}", reference, e.formId(), e.field(), causes(e));
        return new ApiError(e.getMessage() + " (reference " + reference + ")", e.field()).toResponse(500);
    }

    /** The chain of causes as class names with the frame each was thrown at. */
    static String causes(Throwable e) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            chain.append(chain.isEmpty() ? "caused by " : " <- ").append(t.getClass().getName());
            if (t.getStackTrace().length > 0) {
                chain.append(" at ").append(t.getStackTrace()[0]);
            }
        }
        return chain.isEmpty() ? "no cause" : chain.toString();
    }

    @Provider
    @Priority(1)
    public static class Mapper implements ExceptionMapper<FormRenderException> {
        @Override
        public Response toResponse(FormRenderException e) {
            return RenderErrors.toResponse(e);
        }
    }
}
