package jp.kakanai.kiosk.app;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/metrics/screen {screen, language, taps, keys}}: the page shows a screen, with its tap and
 * keystroke counts of the session so far (PIN digits not counted). No personal data; not activity.
 */
@Path("api/metrics")
public final class MetricsResource {
    private final SessionMeter metrics;

    @Inject
    public MetricsResource(SessionMeter metrics) {
        this.metrics = metrics;
    }

    public record ScreenShown(String screen, String language, Integer taps, Integer keys) {
    }

    @POST
    @Path("screen")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response screen(ScreenShown shown) {
        if (shown == null || shown.screen() == null || !shown.screen().matches("[a-z][a-z-]{0,31}")) {
            throw LocalProblem.badField("screen", "A screen id (a-z and '-', at most 32).");
        }
        if (shown.language() == null || !shown.language().matches("[a-z]{2,8}")) {
            throw LocalProblem.badField("language", "A language id (2-8 letters a-z).");
        }
        metrics.screen(shown.screen(), shown.language(), count(shown.taps(), "taps"), count(shown.keys(), "keys"));
        return Response.noContent().build();
    }

    private static int count(Integer value, String field) {
        if (value == null || value < 0 || value > 100_000) {
            throw LocalProblem.badField(field, "A count from 0 to 100000.");
        }
        return value;
    }
}
