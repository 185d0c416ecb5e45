package jp.kakanai.server.kiosk;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.audit.NoPersonalData;
import org.springframework.stereotype.Component;

/**
 * Kiosks report each resident's session ({@code POST /api/kiosk/sessions}, device token; a resent report is
 * stored once); the manager reads the figures ({@link KioskFiguresResource}).
 */
@Component
@Path("/kiosk/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class KioskSessionResource {
    private final KioskSessionRepository sessions;
    private final OfficeClock clock;

    public KioskSessionResource(KioskSessionRepository sessions, OfficeClock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @NoPersonalData("one kiosk session's times and counts: no name, card or visit")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response report(KioskSessionReport report, @Context SecurityContext security) {
        if (report == null) {
            throw ApiProblem.badField("id", "The request body is empty.");
        }
        boolean stored = sessions.insert(security.getUserPrincipal().getName(), report.checked(clock.now()));
        return Response.status(stored ? 201 : 200).entity(java.util.Map.of("id", report.id())).build();
    }

}
