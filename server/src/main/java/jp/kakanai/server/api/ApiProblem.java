package jp.kakanai.server.api;

import jakarta.ws.rs.core.Response.Status;

/** A request the API refuses, with the HTTP status and the field to blame; mapped to {@link ApiError}. */
public class ApiProblem extends RuntimeException {
    private final Status status;
    private final String field;

    public ApiProblem(Status status, String message, String field) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public static ApiProblem notFound(String message) {
        return new ApiProblem(Status.NOT_FOUND, message, null);
    }

    public static ApiProblem badField(String field, String message) {
        return new ApiProblem(Status.BAD_REQUEST, message, field);
    }

    public static ApiProblem conflict(String message) {
        return new ApiProblem(Status.CONFLICT, message, null);
    }

    public Status status() {
        return status;
    }

    public ApiError toError() {
        return new ApiError(getMessage(), field);
    }
}
