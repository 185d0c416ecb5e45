package jp.kakanai.server.kiosk;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.api.QueryDates;
import org.springframework.stereotype.Component;

/** The kiosk figures of a period for managers ({@code GET /api/manager/kiosk?from&to}, the last 30 days by default). */
@Component
@Path("/manager/kiosk")
@Produces(MediaType.APPLICATION_JSON)
public class KioskFiguresResource {
    /** The product's goal for a kiosk check-in: three minutes from the first tap to the ticket (issue 15). */
    static final long GOAL_SECONDS = 180;
    private static final int MAX_DAYS = 3700;
    private final KioskSessionRepository sessions;
    private final OfficeClock clock;

    public KioskFiguresResource(KioskSessionRepository sessions, OfficeClock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @GET
    public KioskFigures figures(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate end = QueryDates.parse("to", to, clock.today());
        LocalDate start = QueryDates.parse("from", from, end.minusDays(29));
        if (start.isAfter(end)) {
            throw ApiProblem.badField("from", "The period starts after it ends.");
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            throw ApiProblem.badField("from", "At most " + MAX_DAYS + " days per report.");
        }
        return KioskFigures.of(start, end, GOAL_SECONDS, sessions.between(start, end));
    }
}
