package jp.kakanai.server.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.annotation.Priority;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.temporal.Temporal;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import jp.kakanai.forms.json.StrictJson;
import org.apache.catalina.connector.ClientAbortException;
import org.apache.coyote.BadRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a JSON {@link ApiError}: bad input into a 4xx naming the field, anything
 * unexpected into a 500 with a reference to the log line (the body never carries a stack trace), a database out
 * of reach into a 503 ({@link DatabaseUnavailable}).
 * Priority 1 puts these ahead of the mappers that Jersey's Jackson feature brings.
 */
public final class ErrorMappers {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMappers.class);
    private static final Pattern JAVA_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private ErrorMappers() {
    }

    public static List<Class<?>> all() {
        return List.of(MalformedJson.class, JsonBeyondLimits.class, UnreadableJson.class, UnmappableJson.class,
                InvalidInput.class, Problem.class, HttpStatus.class, BrokenConnection.class, Unexpected.class);
    }

    @Provider
    @Priority(1)
    public static class MalformedJson implements ExceptionMapper<JsonParseException> {
        @Override
        public Response toResponse(JsonParseException e) {
            JsonParser parser = e.getProcessor();
            if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field") && parser != null) {
                return new ApiError("This field appears twice in one object; send it once.",
                        JsonPaths.of(parser.getParsingContext())).toResponse(400);
            }
            return new ApiError("The request body is not valid JSON: " + e.getOriginalMessage(), null)
                    .toResponse(400);
        }
    }

    /** Deeper, longer or larger than {@link StrictJson} allows: refused before it costs anything more. */
    @Provider
    @Priority(1)
    public static class JsonBeyondLimits implements ExceptionMapper<StreamConstraintsException> {
        @Override
        public Response toResponse(StreamConstraintsException e) {
            return ApiError.of("The request body is larger or deeper than this API accepts (at most "
                    + StrictJson.MAX_DEPTH + " levels of nesting, " + StrictJson.MAX_STRING + " characters per text, "
                    + StrictJson.MAX_DOCUMENT + " bytes).").toResponse(400);
        }
    }

    /** Any other failure to read the body as JSON (an early end of input, a broken encoding). */
    @Provider
    @Priority(1)
    public static class UnreadableJson implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException e) {
            if (e instanceof JsonMappingException mapping) {
                return new UnmappableJson().toResponse(mapping);
            }
            return ApiError.of("The request body is not valid JSON.").toResponse(400);
        }
    }

    @Provider
    @Priority(1)
    public static class UnmappableJson implements ExceptionMapper<JsonMappingException> {
        @Override
        public Response toResponse(JsonMappingException e) {
            // Reading a record buffers its fields: a duplicate key or a limit inside one arrives wrapped.
            if (e.getCause() instanceof JsonParseException parse) {
                return new MalformedJson().toResponse(parse);
            }
            if (e.getCause() instanceof StreamConstraintsException limits) {
                return new JsonBeyondLimits().toResponse(limits);
            }
            String path = jsonPath(e.getPath());
            if (e instanceof UnrecognizedPropertyException) {
                return new ApiError("Unknown field.", path).toResponse(400);
            }
            if (e instanceof StrictJson.RejectedText) {
                return new ApiError(e.getOriginalMessage(), path.isEmpty() ? null : path).toResponse(400);
            }
            if (e instanceof ValueInstantiationException && e.getCause() instanceof NullPointerException npe
                    && npe.getMessage() != null && JAVA_NAME.matcher(npe.getMessage()).matches()) {
                // The shared records reject nulls with Objects.requireNonNull(value, "fieldName").
                return new ApiError("This field is required.", join(path, npe.getMessage())).toResponse(400);
            }
            if (rootCause(e) instanceof DateTimeException || e instanceof InvalidFormatException invalidDate
                    && invalidDate.getTargetType() != null
                    && Temporal.class.isAssignableFrom(invalidDate.getTargetType())) {
                return new ApiError("Not a real date in the form yyyy-MM-dd.", path).toResponse(400);
            }
            if (e instanceof InvalidFormatException) {
                // The value is not repeated: it may be a resident's data, and answers end up in logs.
                return new ApiError("This value is not allowed here.", path).toResponse(400);
            }
            if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
                return new ApiError("Wrong type: expected " + JsonPaths.expected(mismatched.getTargetType()) + ".",
                        path.isEmpty() ? null : path).toResponse(400);
            }
            return new ApiError("Wrong type or shape of value.", path.isEmpty() ? null : path).toResponse(400);
        }
    }

    @Provider
    @Priority(1)
    public static class InvalidInput implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            ConstraintViolation<?> first = e.getConstraintViolations().stream()
                    .min(Comparator.comparing(v -> fieldOf(v.getPropertyPath())))
                    .orElseThrow();
            return new ApiError(first.getMessage(), fieldOf(first.getPropertyPath())).toResponse(400);
        }
    }

    @Provider
    @Priority(1)
    public static class Problem implements ExceptionMapper<ApiProblem> {
        @Override
        public Response toResponse(ApiProblem e) {
            return e.toError().toResponse(e.status());
        }
    }

    @Provider
    @Priority(1)
    public static class HttpStatus implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            int status = original.getStatus();
            if (status >= 500) {
                return Unexpected.logged(e);
            }
            Response.ResponseBuilder answer = Response.fromResponse(original)
                    .type("application/json").entity(ApiError.of(sentenceFor(status)));
            return answer.build();
        }

        private static String sentenceFor(int status) {
            return switch (status) {
                case 404 -> "No such resource.";
                case 405 -> "This method is not allowed here.";
                case 406 -> "Cannot answer in the requested media type.";
                case 413 -> "The request body is too large.";
                case 415 -> "Send the body as application/json.";
                case 401 -> "Authentication required.";
                case 403 -> "Not allowed.";
                default -> "Bad request.";
            };
        }
    }

    /**
     * The client's side of the connection failed: a body shorter than its Content-Length, broken chunked
     * encoding, a client that went away. Its fault, not the server's: 400, and no error in the log (the
     * fuzz test's truncated bodies made "Unexpected error" lines). Any other I/O failure is the server's.
     */
    @Provider
    @Priority(1)
    public static class BrokenConnection implements ExceptionMapper<IOException> {
        @Override
        public Response toResponse(IOException e) {
            if (e instanceof ClientAbortException || e instanceof BadRequestException) {
                return ApiError.of("The request could not be read to its end (a body shorter than announced, or a"
                        + " broken transfer encoding).").toResponse(400);
            }
            return Unexpected.logged(e);
        }
    }

    @Provider
    @Priority(1)
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            return logged(e);
        }

        static Response logged(Throwable e) {
            if (DatabaseUnavailable.isCauseOf(e)) {
                return DatabaseUnavailable.answer(e);
            }
            String reference = UUID.randomUUID().toString().substring(0, 8);
            // Types and places only: an exception's message may repeat request values (an SQL error quotes
            // the name it could not store), and no log line may carry a resident's data.
            LOG.error("Unexpected error, reference {}: {}", reference, MessageFreeTrace.of(e));
            return ApiError.of("Internal error (reference " + reference + ").").toResponse(500);
        }
    }

    static String jsonPath(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The property path without the resource method and parameter nodes Jersey puts in front. */
    static String fieldOf(Path propertyPath) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : propertyPath) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.RETURN_VALUE || node.getName() == null) {
                continue;
            }
            field.append(field.isEmpty() ? "" : ".").append(node.getName());
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
