package jp.kakanai.server.visit;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.forms.checkin.CheckInReceipt;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.api.QueryDates;
import jp.kakanai.server.document.VisitForms;
import jp.kakanai.server.privacy.MyNumberVault;
import jp.kakanai.server.queue.TicketStatusLinks;
import jp.kakanai.server.security.StaffScope;
import org.springframework.stereotype.Component;
import jp.kakanai.server.audit.AccessAction;
import jp.kakanai.server.audit.PersonalData;

/** Visits: kiosks check residents in; staff list and open them. */
@Component
@Path("/visits")
@Produces(MediaType.APPLICATION_JSON)
public class VisitResource {
    static final String REPLAYED = "Idempotent-Replayed";
    private final IdempotentCheckIns checkIns;
    private final VisitRepository visits;
    private final VisitForms forms;
    private final OfficeClock clock;
    private final MyNumberVault myNumbers;
    private final TicketStatusLinks statusLinks;
    private final CheckInFacts facts;

    public VisitResource(IdempotentCheckIns checkIns, VisitRepository visits, VisitForms forms, OfficeClock clock,
                         MyNumberVault myNumbers, TicketStatusLinks statusLinks, CheckInFacts facts) {
        this.checkIns = checkIns;
        this.visits = visits;
        this.forms = forms;
        this.clock = clock;
        this.myNumbers = myNumbers;
        this.statusLinks = statusLinks;
        this.facts = facts;
    }

    /**
     * Kiosk only (device token): the principal's name is the kiosk id. With an {@code Idempotency-Key} a
     * repeated attempt gets the first one's receipt with 200 and {@code Idempotent-Replayed: true}; the
     * first gets 201.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PersonalData(value = AccessAction.CHECK_IN, visit = PersonalData.FROM_ANSWER)
    public Response checkIn(@ValidCheckIn CheckIn checkIn, @HeaderParam(IdempotencyKey.HEADER) String key,
                            @Context SecurityContext security, @Context UriInfo uri) {
        String kioskId = security.getUserPrincipal().getName();
        // Checked (and its town addresses resolved) before anything is stored or fingerprinted.
        CheckIn checked = facts.checked(checkIn);
        var outcome = checkIns.checkIn(kioskId, IdempotencyKey.fromHeader(kioskId, key), checked);
        CheckInReceipt receipt = statusLinks.of(outcome.receipt().ticketNumber())
                .map(outcome.receipt()::withStatusUrl).orElse(outcome.receipt());
        var location = uri.getAbsolutePathBuilder().path(receipt.visitId()).build();
        if (outcome.replayed()) {
            return Response.ok(receipt).location(location).header(REPLAYED, "true").build();
        }
        return Response.created(location).entity(receipt).build();
    }

    /**
     * The visits of one day (Asia/Tokyo), today when no date is given; a page of them with {@code page},
     * {@code size} (at most 200) and {@code order=newest}, the day's count in {@code X-Total-Count} and the
     * next page in {@code Link} (see {@link VisitPage}).
     */
    @GET
    @PersonalData(value = AccessAction.LIST_VISITS, purpose = {"date", "page"})
    public Response ofDay(@QueryParam("date") String date, @QueryParam("page") String page,
                          @QueryParam("size") String size, @QueryParam("order") String order, @Context UriInfo uri) {
        LocalDate day = QueryDates.parse("date", date, clock.today());
        Optional<VisitPage> asked = VisitPage.of(page, size, order);
        StaffScope scope = StaffScope.current();
        // A department clerk's visits are those its departments have work on, chosen in the database.
        Optional<Set<String>> departments = scope.everyDepartment() ? Optional.empty() : Optional.of(scope.departments());
        List<Visit> listed = asked.map(p -> visits.findPageByDate(day, p, departments))
                .orElseGet(() -> visits.findByDate(day, departments));
        int total = asked.isPresent() ? visits.countByDate(day, departments) : listed.size();
        Map<String, String> masked = myNumbers.maskedOf(listed.stream().map(Visit::id).toList());
        var answer = Response.ok(listed.stream().map(v -> VisitView.of(v, forms.formsOf(v, scope), masked.get(v.id()))).toList());
        if (asked.isPresent()) {
            answer.header("X-Total-Count", total);
            if (asked.get().offset() + listed.size() < total) {
                answer.link(uri.getRequestUriBuilder().replaceQueryParam("page", asked.get().page() + 1)
                        .replaceQueryParam("size", asked.get().size()).build(), "next");
            }
        }
        return answer.build();
    }

    @GET
    @Path("/{id}")
    @PersonalData(value = AccessAction.VIEW_VISIT, visit = "id")
    public VisitView one(@PathParam("id") String id) {
        StaffScope scope = StaffScope.current();
        Visit visit = visits.require(id);
        if (!forms.visibleTo(visit, scope)) {
            throw ApiProblem.notFound("No visit with id '" + id + "'.");
        }
        return VisitView.of(visit, forms.formsOf(visit, scope), myNumbers.maskedOf(List.of(visit.id())).get(visit.id()));
    }
}
