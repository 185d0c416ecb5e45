package jp.kakanai.server.checklist;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jp.kakanai.server.api.ApiProblem;
import java.util.Optional;
import jp.kakanai.server.navigation.VisitAccess;
import jp.kakanai.server.queue.DepartmentDuty;
import jp.kakanai.server.security.StaffScope;
import jp.kakanai.server.visit.Visit;
import jp.kakanai.server.audit.AccessAction;
import jp.kakanai.server.audit.PersonalData;

/**
 * A visit's procedure checklist. Staff read and work it; the kiosk (for its own visits) and the counter
 * interview send the answers and household with {@code PUT …/facts}.
 */
@Path("/visits/{id}/checklist")
@Produces(MediaType.APPLICATION_JSON)
@org.springframework.stereotype.Component
public class ChecklistResource {
    private final ChecklistService checklists;
    private final ItemChanges changes;
    private final VisitAccess visits;
    private final DepartmentDuty duty;

    public ChecklistResource(ChecklistService checklists, ItemChanges changes, VisitAccess visits,
                             DepartmentDuty duty) {
        this.checklists = checklists;
        this.changes = changes;
        this.visits = visits;
        this.duty = duty;
    }

    @GET
    @PersonalData(value = AccessAction.VIEW_CHECKLIST, visit = "id")
    public ChecklistView get(@PathParam("id") String visitId, @Context SecurityContext caller) {
        return mine(checklists.view(visits.visible(visitId, caller)));
    }

    /** A department clerk sees their departments' part of the checklist; everyone else all of it. */
    private static ChecklistView mine(ChecklistView view) {
        StaffScope scope = StaffScope.current();
        return scope.everyDepartment() ? view : view.onlyFor(scope::worksFor);
    }

    /**
     * The answers and household, which decide every department's procedures: a department clerk changes them
     * only while the resident's ticket is at one of its departments (the resident is the one in front of them).
     */
    @PUT
    @Path("/facts")
    @PersonalData(value = AccessAction.CHANGE_CHECKLIST, visit = "id")
    @Consumes(MediaType.APPLICATION_JSON)
    public ChecklistView facts(@PathParam("id") String visitId, ChecklistRequests.FactsUpdate update,
                               @Context SecurityContext caller) {
        Visit visit = visits.visible(visitId, caller);
        duty.requireTicketAtOwnDepartment(visit.id(), StaffScope.current());
        return mine(checklists.updateFacts(visit, required(update), actor(caller)));
    }

    @PATCH
    @Path("/items/{itemId}")
    @PersonalData(value = AccessAction.CHANGE_CHECKLIST, visit = "id", purpose = "itemId")
    @Consumes(MediaType.APPLICATION_JSON)
    public ChecklistView change(@PathParam("id") String visitId, @PathParam("itemId") String itemId,
                                ChecklistRequests.ItemChange change, @Context SecurityContext caller) {
        Visit visit = visits.visible(visitId, caller);
        checklists.departmentOf(visit, itemId).filter(d -> !StaffScope.current().worksFor(d)).ifPresent(d -> {
            throw new ApiProblem(403, "This procedure is another department's (" + d + ").", "itemId");
        });
        return mine(changes.change(visit, itemId, required(change), actor(caller)));
    }

    @POST
    @Path("/items")
    @PersonalData(value = AccessAction.CHANGE_CHECKLIST, visit = "id")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("id") String visitId, ChecklistRequests.NewItem item,
                        @Context SecurityContext caller) {
        Visit visit = visits.visible(visitId, caller);
        ChecklistRequests.NewItem body = required(item);
        String department = Optional.ofNullable(body.procedureId())
                .flatMap(id -> checklists.navigator(visit).catalog().procedure(id)).map(p -> p.department().id())
                .orElse(body.departmentId());
        if (!StaffScope.current().everyDepartment() && (department == null || !StaffScope.current().worksFor(department))) {
            throw new ApiProblem(403, "A department clerk adds procedures of their own departments.", "departmentId");
        }
        return Response.status(Response.Status.CREATED).entity(mine(changes.add(visit, body, actor(caller)))).build();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw ApiProblem.badField("version", "The request body is empty.");
        }
        return body;
    }

    private static String actor(SecurityContext caller) {
        return caller.getUserPrincipal().getName();
    }
}
