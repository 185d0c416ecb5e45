package jp.kakanai.server.api;

/** A request the API refuses, with the HTTP status and the field to blame; mapped to {@link ApiError}. */
public class ApiProblem extends RuntimeException {
    private final int status;
    private final String field;
    private final String code;

    public ApiProblem(int status, String message, String field) {
        this(status, message, field, null);
    }

    /** With a stable {@code code} that clients may act on (see {@link ApiError}). */
    public ApiProblem(int status, String message, String field, String code) {
        super(message);
        this.status = status;
        this.field = field;
        this.code = code;
    }

    public static ApiProblem notFound(String message) {
        return new ApiProblem(404, message, null);
    }

    public static ApiProblem badField(String field, String message) {
        return new ApiProblem(400, message, field);
    }

    public static ApiProblem conflict(String message) {
        return new ApiProblem(409, message, null);
    }

    public int status() {
        return status;
    }

    public ApiError toError() {
        return new ApiError(getMessage(), field, code);
    }
}
