package jp.kakanai.server.interview;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * What the clerk typed has mistakes: every field at once, so the page marks them all in one go. Answered
 * with 400 and {@code {"error", "field", "errors": [{"field", "error"}, …]}}: the first two as every API
 * error of the server has them, the list for the page.
 */
public class InvalidEntry extends RuntimeException {
    private final List<FieldError> errors;

    InvalidEntry(List<FieldError> errors) {
        super(errors.get(0).error());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Body(String error, String field, List<FieldError> errors) {
    }

    @Provider
    @Priority(1)
    public static class Mapper implements ExceptionMapper<InvalidEntry> {
        @Override
        public Response toResponse(InvalidEntry e) {
            FieldError first = e.errors().get(0);
            return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new Body(first.error(), first.field(), e.errors())).build();
        }
    }
}
