package jp.kakanai.kiosk.app;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kakanai.forms.checkin.Member;
import jp.kakanai.forms.checkin.MoveFacts;
import jp.kakanai.kiosk.checkin.ServerReply;
import jp.kakanai.kiosk.hours.ReceptionHours;

/** {@code /api/visit}: life event, the server's questions and the route, check-in. */
@Path("api/visit")
@Produces(MediaType.APPLICATION_JSON)
public final class VisitResource {
    private final KioskFlow flow;
    private final SessionResource session;
    private final RepeatCheckIns repeats;
    private final SessionMeter metrics;
    private final ReceptionHours hours;

    @Inject
    public VisitResource(KioskFlow flow, CardWatch card, RepeatCheckIns repeats, SessionMeter metrics,
                         ReceptionHours hours) {
        this.hours = hours;
        this.flow = flow;
        this.session = new SessionResource(flow, card, metrics);
        this.repeats = repeats;
        this.metrics = metrics;
    }

    public record LifeEventChoice(String lifeEvent) {
    }

    public record AnswerValue(String value) {
    }

    public record EventDate(LocalDate date) {
    }

    /**
     * {@code known} false: the resident does not know (the clerk will ask); else {@code members} ([] alone), each
     * {@code {relationship, birthDate, deceased}} and, where the page asks them, {@code sex} ("1", "2") and
     * {@code householder} (this member heads the household); see docs/journeys.md.
     */
    public record HouseholdEntry(boolean known, List<Member> members) {
    }

    @PUT
    @Path("life-event")
    @Consumes(MediaType.APPLICATION_JSON)
    public StateView lifeEvent(LifeEventChoice choice) {
        flow.questions().chooseLifeEvent(choice == null ? null : choice.lifeEvent());
        return session.state();
    }

    @GET
    @Path("route")
    public RouteAnswer route() {
        flow.touch();
        return flow.questions().route();
    }

    @PUT
    @Path("answers/{questionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RouteAnswer answer(@PathParam("questionId") String questionId, AnswerValue value) {
        return flow.questions().answer(questionId, value == null ? null : value.value());
    }

    @PUT
    @Path("household")
    @Consumes(MediaType.APPLICATION_JSON)
    public RouteAnswer household(HouseholdEntry entry) {
        if (entry == null) {
            throw LocalProblem.badField("known", "This field is required.");
        }
        if (entry.known() && entry.members() == null) {
            throw LocalProblem.badField("members", "This field is required (an empty list for someone living alone).");
        }
        return flow.questions().household(entry.known() ? entry.members() : null);
    }

    /** The move: {@code {date, newAddress: {machiazaId, chome, block, residence | chiban, building}, previousAddress}}. */
    @PUT
    @Path("move")
    @Consumes(MediaType.APPLICATION_JSON)
    public MoveAnswer move(MoveFacts move) {
        return flow.questions().move(move);
    }

    /** The event's own date, {@code {date}}: 死亡日 of a death, 出生日 of a birth; 400 naming {@code date} if not in the last year. */
    @PUT
    @Path("event-date")
    @Consumes(MediaType.APPLICATION_JSON)
    public StateView eventDate(EventDate date) {
        flow.questions().eventDate(date == null ? null : date.date());
        return session.state();
    }

    /** The town's 町字 for the address picker (the server's list, passed on); 503 while the server is away. */
    @GET
    @Path("town")
    public JsonNode town() {
        if (flow.questions().town() instanceof ServerReply.Answered<JsonNode> answered) {
            return answered.value();
        }
        throw LocalProblem.serverAway("The town's address list cannot be fetched from the server now.");
    }

    @POST
    @Path("back")
    public RouteAnswer back() {
        return flow.questions().back();
    }

    /**
     * {@code repeat}: the resident's answer when the same card checked in earlier today ({@code add} to that
     * visit, or a {@code separate} one); absent the first time.
     */
    @POST
    @Path("check-in")
    public CheckInAnswer checkIn(@QueryParam("repeat") String repeat) {
        CheckInAnswer answer = repeats.checkIn(Optional.ofNullable(repeat));
        if (answer.outcome().equals("accepted")) {
            metrics.ticket("add".equals(repeat) ? "added" : "ticket");
        }
        if (answer.receptionClosed()) {
            hours.refusedForTheHour();
        }
        return answer;
    }
}
