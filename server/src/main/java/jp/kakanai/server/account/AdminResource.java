package jp.kakanai.server.account;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import jp.kakanai.forms.navigation.Department;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.audit.NoPersonalData;
import org.springframework.stereotype.Component;

/** The administrators' page's API: the staff accounts (never a resident's data). */
@Component
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@NoPersonalData("staff accounts only; every change is written to the access log by AccountAdministration")
public class AdminResource {
    private final AccountAdministration administration;
    private final DepartmentIds departments;
    private final OfficeClock clock;

    public AdminResource(AccountAdministration administration, DepartmentIds departments, OfficeClock clock) {
        this.administration = administration;
        this.departments = departments;
        this.clock = clock;
    }

    /** An account as the page shows it: no password hash, no second-factor secret. */
    public record AccountView(String username, String displayName, String source, List<String> roles,
                              List<String> departments, boolean enabled, boolean mustChangePassword,
                              boolean secondFactor, int failedSignIns, boolean locked) {
        static AccountView of(StaffAccount a, java.time.Instant now) {
            return new AccountView(a.username(), a.displayName(), a.source().id(),
                    a.roles().stream().map(Enum::name).sorted().toList(), a.departments().stream().sorted().toList(),
                    a.enabled(), a.mustChangePassword(), a.secondFactor(), a.failedSignIns(), a.lockedAt(now));
        }
    }

    @GET
    @Path("/accounts")
    public List<AccountView> all() {
        java.time.Instant now = clock.now();
        return administration.all().stream().map(a -> AccountView.of(a, now)).toList();
    }

    /** The departments accounts can be assigned to (the catalog's ids and names). */
    @GET
    @Path("/departments")
    public List<Department> departments() {
        return departments.departments();
    }

    @POST
    @Path("/accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(AccountRequests.NewAccount request, @Context SecurityContext caller) {
        return Response.status(201).entity(administration.create(required(request, "username"), admin(caller))).build();
    }

    @PUT
    @Path("/accounts/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountView change(@PathParam("username") String username, AccountRequests.Change request,
                              @Context SecurityContext caller) {
        return AccountView.of(administration.change(username, required(request, "roles"), admin(caller)), clock.now());
    }

    @POST
    @Path("/accounts/{username}/password-reset")
    public AccountAdministration.OneTimePassword resetPassword(@PathParam("username") String username,
                                                               @Context SecurityContext caller) {
        return administration.resetPassword(username, admin(caller));
    }

    @POST
    @Path("/accounts/{username}/unlock")
    public Response unlock(@PathParam("username") String username, @Context SecurityContext caller) {
        administration.unlock(username, admin(caller));
        return Response.noContent().build();
    }

    @POST
    @Path("/accounts/{username}/second-factor-off")
    public Response secondFactorOff(@PathParam("username") String username, @Context SecurityContext caller) {
        administration.turnOffSecondFactor(username, admin(caller));
        return Response.noContent().build();
    }

    private static <T> T required(T body, String field) {
        if (body == null) {
            throw ApiProblem.badField(field, "The request body is empty.");
        }
        return body;
    }

    private static String admin(SecurityContext caller) {
        return caller.getUserPrincipal().getName();
    }
}
