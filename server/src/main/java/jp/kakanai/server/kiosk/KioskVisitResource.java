package jp.kakanai.server.kiosk;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.api.QueryDates;
import jp.kakanai.server.audit.AccessAction;
import jp.kakanai.server.audit.PersonalData;
import jp.kakanai.server.navigation.NavigationInput;
import jp.kakanai.server.navigation.VisitAccess;
import jp.kakanai.server.queue.TicketStatusLinks;
import org.springframework.stereotype.Component;
import jp.kakanai.forms.text.Redacted;

/**
 * The same resident at a kiosk twice the same day. {@code POST /api/kiosk/earlier-visits} (device token):
 * today's visits of the resident the kiosk has read; {@code PUT /api/kiosk/visits/{visitId}/additions/{id}}
 * (device token): add the new procedures to the first visit and keep its ticket; {@code GET
 * /api/kiosk/visit-additions} and {@code GET /api/kiosk/repeat-visits} (staff): what kiosks added to the day's
 * visits, and the same residents' second visits, for the clerks' list.
 */
@Component
@Path("/kiosk")
@Produces(MediaType.APPLICATION_JSON)
public class KioskVisitResource {
    private final RepeatVisits repeats;
    private final TicketStatusLinks statusLinks;
    private final OfficeClock clock;
    private final NavigationInput lifeEvents;
    private final VisitAccess access;

    public KioskVisitResource(RepeatVisits repeats, TicketStatusLinks statusLinks, OfficeClock clock,
                              NavigationInput lifeEvents, VisitAccess access) {
        this.repeats = repeats;
        this.statusLinks = statusLinks;
        this.clock = clock;
        this.lifeEvents = lifeEvents;
        this.access = access;
    }

    public record ResidentBody(String name, String birthDate) {
        @Override
        public String toString() {
            return Redacted.record(this);
        }
    }

    public record AdditionBody(String name, String birthDate, String lifeEvent, List<String> procedures) {
        @Override
        public String toString() {
            return Redacted.record(this, "lifeEvent", "procedures");
        }
    }

    /** An earlier visit as the kiosk sees it: enough to ask the resident, nothing of the visit's data. */
    public record EarlierVisit(String visitId, String ticketNumber, String lifeEvent, OffsetDateTime checkedInAt) {
        static EarlierVisit of(RepeatVisits.Earlier e) {
            return new EarlierVisit(e.visit().id(), e.ticketNumber(), e.visit().lifeEvent(),
                    e.visit().checkedInAt().atZone(OfficeClock.ZONE).toOffsetDateTime());
        }
    }

    public record AdditionAnswer(String visitId, String ticketNumber, List<String> added, Optional<String> statusUrl) {
    }

    public record AdditionView(String visitId, String lifeEvent, List<String> procedures, String kioskId,
                               OffsetDateTime addedAt) {
    }

    @PersonalData(AccessAction.LIST_VISITS)
    @POST
    @Path("/earlier-visits")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<EarlierVisit> earlier(ResidentBody body) {
        return repeats.today(resident(body == null ? null : body.name(), body == null ? null : body.birthDate()))
                .stream().map(EarlierVisit::of).toList();
    }

    @PersonalData(value = AccessAction.CHANGE_CHECKLIST, visit = "visitId")
    @PUT
    @Path("/visits/{visitId}/additions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AdditionAnswer add(@PathParam("visitId") String visitId, @PathParam("id") String id, AdditionBody body,
                              @Context SecurityContext security) {
        if (id == null || !id.matches("[A-Za-z0-9-]{8,36}")) {
            throw ApiProblem.badField("id", "An addition id is 8-36 letters, digits or '-'.");
        }
        if (body == null) {
            throw ApiProblem.badField("lifeEvent", "The request body is empty.");
        }
        // One of the town's life events (the town pack's), or 400 naming the field.
        lifeEvents.event(body.lifeEvent(), "lifeEvent");
        List<String> procedures = Optional.ofNullable(body.procedures()).orElse(List.of());
        if (procedures.size() > 100 || procedures.stream().anyMatch(p -> p == null || !p.matches("[a-z0-9-]{1,64}"))) {
            throw ApiProblem.badField("procedures", "At most 100 procedure ids (a-z, 0-9, '-').");
        }
        RepeatVisits.Added added = repeats.add(security.getUserPrincipal().getName(), id, visitId,
                resident(body.name(), body.birthDate()), body.lifeEvent(), procedures);
        String ticket = added.visit().ticketNumber();
        return new AdditionAnswer(added.visit().visit().id(), ticket, added.procedures(), statusLinks.of(ticket));
    }

    /**
     * The day's visits that are the same resident's second or later of the day, with the first one's ticket; a
     * department clerk's list holds only the visits it may see (like its list of visits).
     */
    @PersonalData(value = AccessAction.LIST_VISITS, purpose = "date")
    @GET
    @Path("/repeat-visits")
    public List<RepeatVisits.Repeat> repeats(@QueryParam("date") String date) {
        return repeats.repeatsOf(QueryDates.parse("date", date, clock.today())).stream()
                .filter(r -> access.seenByStaff(r.visitId())).toList();
    }

    @PersonalData(value = AccessAction.LIST_VISITS, purpose = "date")
    @GET
    @Path("/visit-additions")
    public List<AdditionView> additions(@QueryParam("date") String date) {
        return repeats.additionsOf(QueryDates.parse("date", date, clock.today())).stream()
                .filter(a -> access.seenByStaff(a.visitId()))
                .map(a -> new AdditionView(a.visitId(), a.lifeEvent(), a.procedures(), a.kioskId(),
                        a.addedAt().atZone(OfficeClock.ZONE).toOffsetDateTime()))
                .toList();
    }

    private static RepeatVisits.SameResident resident(String name, String birthDate) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw ApiProblem.badField("name", "The resident's name (1-200 characters) is required.");
        }
        try {
            return new RepeatVisits.SameResident(name, LocalDate.parse(String.valueOf(birthDate)));
        } catch (DateTimeParseException e) {
            throw ApiProblem.badField("birthDate", "Not a real date in the form yyyy-MM-dd.");
        }
    }
}
