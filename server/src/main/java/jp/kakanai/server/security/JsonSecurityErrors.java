package jp.kakanai.server.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.kakanai.server.api.ApiError;
import jp.kakanai.server.api.ApiJson;

/** Security refusals on the API answer in the API's own JSON error shape, never with a login page. */
final class JsonSecurityErrors {
    private JsonSecurityErrors() {
    }

    static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        ApiJson.mapper().writeValue(response.getOutputStream(), ApiError.of(message));
    }
}
