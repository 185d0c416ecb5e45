package jp.kakanai.server.kiosk;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.api.QueryDates;
import jp.kakanai.server.audit.NoPersonalData;
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

    @NoPersonalData("figures over kiosk sessions, which hold no name, card or visit")
    @GET
    public KioskFigures figures(@QueryParam("from") String from, @QueryParam("to") String to) {
        QueryDates.Period period = QueryDates.period(from, to, clock.today(), MAX_DAYS);
        return KioskFigures.of(period.from(), period.to(), GOAL_SECONDS, sessions.between(period.from(), period.to()));
    }
}
