package jp.kakanai.kiosk.app;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.stream.Collectors;
import jp.kakanai.forms.json.StrictJson;

/**
 * Malformed JSON from the browser: 400 naming the field, never a stack trace. The value that failed is
 * not repeated, since it may be a PIN.
 */
final class BadJsonMapper implements ExceptionMapper<JsonProcessingException> {
    @Override
    public Response toResponse(JsonProcessingException e) {
        String field = null;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        if (e instanceof StrictJson.RejectedText rejected) {
            return LocalProblem.response(400, rejected.getOriginalMessage(), field);
        }
        if (e instanceof StreamConstraintsException) {
            return LocalProblem.response(400, "The request is larger or deeper than the kiosk accepts.", null);
        }
        if (e instanceof JsonParseException parse && parse.getOriginalMessage() != null
                && parse.getOriginalMessage().startsWith("Duplicate field")) {
            return LocalProblem.response(400, "A field appears twice in one object.", null);
        }
        return LocalProblem.response(400, field == null ? "The request is not valid JSON." : "This field is not valid.", field);
    }
}
