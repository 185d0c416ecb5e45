package jp.kakanai.kiosk.app;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The resident's session: the page's state poll, "I am still here", and start over. */
@Path("api")
@Produces(MediaType.APPLICATION_JSON)
public final class SessionResource {
    private final KioskFlow flow;
    private final CardWatch card;
    private final SessionMeter metrics;

    @Inject
    public SessionResource(KioskFlow flow, CardWatch card, SessionMeter metrics) {
        this.flow = flow;
        this.card = card;
        this.metrics = metrics;
    }

    /** Polled by the page; does not count as activity. */
    @GET
    @Path("state")
    public StateView state() {
        return StateView.of(flow.session().snapshot(), card.demo(), card.present().getAsBoolean(), flow.cards().arrivals(),
                flow.cards().mustBeTaken(), flow.session().idleTimeout().toSeconds());
    }

    @POST
    @Path("activity")
    public StateView activity() {
        flow.touch();
        metrics.activity();
        return state();
    }

    /** The server refused the reservation shown (its sentence is on screen): go on without it. */
    @POST
    @Path("reservation/drop")
    public StateView dropReservation() {
        flow.session().dropReservation();
        return state();
    }

    @POST
    @Path("reset")
    public StateView reset() {
        flow.reset();
        return state();
    }
}
