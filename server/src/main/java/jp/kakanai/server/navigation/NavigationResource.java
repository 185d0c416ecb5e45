package jp.kakanai.server.navigation;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import jp.kakanai.forms.navigation.Answers;
import jp.kakanai.forms.navigation.Facts;
import jp.kakanai.forms.navigation.LifeEvent;
import jp.kakanai.forms.navigation.LocalizedText;
import jp.kakanai.forms.navigation.Navigator;
import jp.kakanai.forms.navigation.ProcedureCatalog;
import jp.kakanai.forms.navigation.Resident;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.document.VisitForms;
import jp.kakanai.server.townpack.TownPacks;
import jp.kakanai.server.visit.Visit;
import org.springframework.stereotype.Component;
import jp.kakanai.server.audit.NoPersonalData;

/**
 * Navigation without state, for kiosks (device token) and staff: the questions worth asking, and the
 * checklist for a life event, a resident and their answers.
 */
@Component
@Path("/navigation")
@NoPersonalData("computes a route from the facts sent with the request and keeps nothing")
@Produces(MediaType.APPLICATION_JSON)
public class NavigationResource {
    private final TownPacks packs;
    private final NavigationInput input;
    private final VisitAccess visits;
    private final OfficeClock clock;

    public NavigationResource(TownPacks packs, NavigationInput input, VisitAccess visits, OfficeClock clock) {
        this.packs = packs;
        this.input = input;
        this.visits = visits;
        this.clock = clock;
    }

    /** What this set of questions is for, and the questions themselves (in the catalog's languages). */
    public record Questions(String event, List<String> languages, List<QuestionView> questions) {
    }

    /**
     * The questions whose answer can change the checklist. The resident is the visit's (when
     * {@code visit} is given; a kiosk sees only its own visits) or a birth date; with neither, every
     * question some age could make matter.
     */
    @GET
    @Path("/questions")
    public Questions questions(@QueryParam("event") String event, @QueryParam("birthDate") String birthDate,
                               @QueryParam("cardRead") boolean cardRead, @QueryParam("visit") String visitId,
                               @Context SecurityContext security) {
        LocalDate today = clock.today();
        Optional<Visit> visit = Optional.ofNullable(visitId).map(id -> visits.visible(id, security));
        // A visit's questions are those of the pack version it was started on.
        Navigator navigator = visit.map(v -> packs.forVisit(v.id())).orElseGet(packs::current).navigator();
        LifeEvent lifeEvent = input.event(event != null ? event : visit.map(Visit::lifeEvent).orElse(null), "event",
                navigator.catalog());
        Optional<LocalDate> born = visit.map(v -> v.resident().birthDate())
                .or(() -> Optional.ofNullable(birthDate).map(b -> input.birthDate(date(b, "birthDate"), "birthDate", today)));
        Facts facts = new Facts(lifeEvent, today, new Resident(born, cardRead), Optional.empty(), Answers.none());
        return new Questions(lifeEvent.id(), navigator.catalog().languages(),
                navigator.questionsFor(facts).stream().map(QuestionView::of).toList());
    }

    /** The departments in walking order and every procedure of the catalog (to add one by hand). */
    public record Catalog(List<DepartmentEntry> departments, List<ProcedureEntry> procedures) {
    }

    public record DepartmentEntry(String id, LocalizedText name, int walkingOrder) {
    }

    public record ProcedureEntry(String id, LocalizedText name, String departmentId, List<String> forms) {
    }

    @GET
    @Path("/catalog")
    public Catalog catalog() {
        ProcedureCatalog catalog = packs.current().pack().catalog();
        return new Catalog(
                catalog.departments().stream().map(d -> new DepartmentEntry(d.id(), d.name(), d.walkingOrder())).toList(),
                catalog.procedures().stream()
                        .map(p -> new ProcedureEntry(p.id(), p.name(), p.department().id(), p.formIds())).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public NavigationResult navigate(NavigationRequest request) {
        if (request == null) {
            throw ApiProblem.badField("event", "The request body is empty.");
        }
        LocalDate today = clock.today();
        // The version in force: no visit exists yet, and a check-in made now starts its visit on this version.
        TownPacks.InForce pack = packs.current();
        Navigator navigator = pack.navigator();
        LifeEvent event = input.event(request.event(), "event", navigator.catalog());
        if (request.resident() == null) {
            throw ApiProblem.badField("resident", "This field is required.");
        }
        LocalDate born = input.birthDate(request.resident().birthDate(), "resident.birthDate", today);
        LocalDate visitDate = Optional.ofNullable(request.visitDate()).orElse(today);
        if (visitDate.isBefore(born) || visitDate.isAfter(today.plusYears(1))) {
            throw ApiProblem.badField("visitDate", "The visit date must lie between the birth date and a year from today.");
        }
        Facts facts = new Facts(event, visitDate,
                new Resident(Optional.of(born), Boolean.TRUE.equals(request.resident().myNumberCardRead())),
                input.household(request.household(), "household", today), input.answers(request.answers(), "answers"));
        return NavigationResult.of(navigator.navigate(facts), navigator.questionsFor(facts), pack.version(),
                form -> VisitForms.hasMyNumberBoxes(pack.renderer(), form));
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badField(field, "Not a real date in the form yyyy-MM-dd.");
        }
    }
}
