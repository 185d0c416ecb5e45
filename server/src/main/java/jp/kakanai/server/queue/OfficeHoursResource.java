package jp.kakanai.server.queue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.audit.NoPersonalData;
import org.springframework.stereotype.Component;

/**
 * {@code GET /api/office-hours}: today's office hours, public (the kiosk's start screen, the ticket machine):
 * when reception ends and when the day ends, as times ({@code 17:15}) and instants, and whether reception is
 * open now. Cacheable for 30 seconds: the instants let a client see reception end on its own clock meanwhile.
 */
@Component
@Path("/office-hours")
@NoPersonalData("public: the town's office hours")
@Produces(MediaType.APPLICATION_JSON)
public class OfficeHoursResource {
    static final int MAX_AGE_SECONDS = 30;
    private final OfficeDay officeDay;
    private final OfficeClock clock;

    public OfficeHoursResource(OfficeDay officeDay, OfficeClock clock) {
        this.officeDay = officeDay;
        this.clock = clock;
    }

    /** Today's hours (Asia/Tokyo) as the clients read them. */
    public record Today(LocalDate date, String receptionEnds, String dayEnds, Instant receptionEndsAt,
                        Instant dayEndsAt, boolean receptionOpen) {
    }

    @GET
    public Response today() {
        Instant now = clock.now();
        LocalDate day = OfficeClock.dayOf(now);
        OfficeHours hours = officeDay.hours();
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        return Response.ok(new Today(day, hours.receptionEnds().toString(), hours.dayEnds().toString(),
                hours.receptionEndsOn(day), hours.dayEndsOn(day), hours.receptionOpenAt(now)))
                .cacheControl(cache).build();
    }
}
