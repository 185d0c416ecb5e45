package jp.kakanai.kiosk.app;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The resident's session: state poll, "I am still here", start over, life event and check-in. */
@Path("api")
@Produces(MediaType.APPLICATION_JSON)
public final class SessionResource {
    private final KioskFlow flow;
    private final CardWatch card;

    @Inject
    public SessionResource(KioskFlow flow, CardWatch card) {
        this.flow = flow;
        this.card = card;
    }

    public record LifeEventChoice(String lifeEvent) {
    }

    /** Polled by the page; does not count as activity. */
    @GET
    @Path("state")
    public StateView state() {
        return StateView.of(flow.session().snapshot(), card.demo(), card.present().getAsBoolean(),
                flow.session().idleTimeout().toSeconds());
    }

    @POST
    @Path("activity")
    public StateView activity() {
        flow.touch();
        return state();
    }

    @POST
    @Path("reset")
    public StateView reset() {
        flow.reset();
        return state();
    }

    @PUT
    @Path("visit/life-event")
    @Consumes(MediaType.APPLICATION_JSON)
    public StateView lifeEvent(LifeEventChoice choice) {
        flow.chooseLifeEvent(choice == null ? null : choice.lifeEvent());
        return state();
    }

    @POST
    @Path("visit/check-in")
    public CheckInAnswer checkIn() {
        return flow.checkIn();
    }
}
