package jp.kakanai.server.privacy;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.springframework.stereotype.Component;
import jp.kakanai.server.audit.NoPersonalData;

/** Managers' privacy tasks: run the My Number retention purge now (it also runs every hour by itself). */
@Component
@Path("/privacy")
@NoPersonalData("the purge is recorded by the vault, with its count")
@Produces(MediaType.APPLICATION_JSON)
public class PrivacyResource {
    private final MyNumberRetention retention;

    public PrivacyResource(MyNumberRetention retention) {
        this.retention = retention;
    }

    @POST
    @Path("/my-number/purge")
    public MyNumberRetention.Purge purgeMyNumbers(@Context SecurityContext security) {
        return retention.purge(security.getUserPrincipal().getName());
    }
}
