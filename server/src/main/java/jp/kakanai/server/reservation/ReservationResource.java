package jp.kakanai.server.reservation;

import jp.kakanai.forms.pack.ReservationSettings;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import jp.kakanai.forms.homeqr.HomeQrSymbol;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.api.QueryDates;
import org.springframework.stereotype.Component;
import jp.kakanai.server.audit.NoPersonalData;

/**
 * {@code /api/reservations}: the public phone page's API (no login, no personal data: a booking is its
 * code). What can be booked, the free places, booking, looking a booking up, its QR code, cancelling.
 */
@Component
@Path("/reservations")
@NoPersonalData("public: a booking is a slot and its code, with no name or number")
@Produces(MediaType.APPLICATION_JSON)
public class ReservationResource {
    private final Reservations reservations;

    public ReservationResource(Reservations reservations) {
        this.reservations = reservations;
    }

    @GET
    @Path("/items")
    public List<ReservationSettings.Item> items() {
        return reservations.items();
    }

    @GET
    @Path("/slots")
    public List<Reservations.DayView> slots(@QueryParam("item") String item) {
        return reservations.slots(item);
    }

    /** {@code {"item": "move-in", "date": "2026-12-07", "time": "09:30"}} */
    public record BookingRequest(String item, String date, String time) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(BookingRequest request) {
        if (request == null || request.item() == null || request.item().isBlank()) {
            throw ApiProblem.badField("item", "Choose what to book.");
        }
        if (request.date() == null || request.date().isBlank()) {
            throw ApiProblem.badField("date", "Choose a day.");
        }
        LocalDate day = QueryDates.parse("date", request.date(), LocalDate.MIN);
        if (request.time() == null || request.time().isBlank()) {
            throw ApiProblem.badField("time", "Choose a time.");
        }
        return Response.status(Response.Status.CREATED).entity(reservations.book(request.item(), day, request.time()))
                .build();
    }

    @GET
    @Path("/{code}")
    public Reservations.Booked one(@PathParam("code") String code) {
        return reservations.find(code);
    }

    /** The code as a QR code for the ticket machine's scanner (an SVG image). */
    @GET
    @Path("/{code}/qr.svg")
    @Produces("image/svg+xml")
    public String qr(@PathParam("code") String code) {
        return HomeQrSymbol.of(reservations.find(code).code()).svg();
    }

    @POST
    @Path("/{code}/cancel")
    public Response cancel(@PathParam("code") String code) {
        reservations.cancel(code);
        return Response.noContent().build();
    }
}
