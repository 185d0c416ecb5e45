package jp.kakanai.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The body of every error answer of the API: a plain sentence and, where one input was wrong, the
 * field's JSON path ({@code resident.birthDate}, {@code procedures[3]}); for a refusal a client acts on
 * (not a wrong input), a stable {@code code} such as {@code reception-closed}. Never a stack trace.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String field, String code) {

    public ApiError(String error, String field) {
        this(error, field, null);
    }

    public static ApiError of(String error) {
        return new ApiError(error, null);
    }

    public Response toResponse(int status) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(this).build();
    }
}
