package jp.kakanai.kiosk.hours;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/office-hours} of the kiosk's local API: {@code {known, receptionOpen, receptionEnds, dayEnds}}
 * for the start screen and the ticket machine page ({@link ReceptionHours}).
 */
@Path("api/office-hours")
@Produces(MediaType.APPLICATION_JSON)
public final class OfficeHoursResource {
    private final ReceptionHours hours;

    public OfficeHoursResource(ReceptionHours hours) {
        this.hours = hours;
    }

    @GET
    public ReceptionHours.View today() {
        return hours.now();
    }
}
