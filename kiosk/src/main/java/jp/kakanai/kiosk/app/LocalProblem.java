package jp.kakanai.kiosk.app;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** A refusal of the local API, answered as {@code {"error": "…", "field": "…"}} like the server's. */
final class LocalProblem extends WebApplicationException {
    private static final long serialVersionUID = 1L;

    LocalProblem(int status, String error, String field) {
        super(error, response(status, error, field));
    }

    static LocalProblem badField(String field, String error) {
        return new LocalProblem(400, error, field);
    }

    /** The request does not fit the step the kiosk is at (e.g. check-in before the card was read). */
    static LocalProblem notNow(String error) {
        return new LocalProblem(409, error, null);
    }

    /** The server did not answer a request the page needs now (503: the page says so and tries again). */
    static LocalProblem serverAway(String error) {
        return new LocalProblem(503, error, null);
    }

    static Response response(int status, String error, String field) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        if (field != null) {
            body.put("field", field);
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
