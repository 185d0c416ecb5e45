package jp.kakanai.server.health;

import jakarta.annotation.PreDestroy;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;
import jp.kakanai.server.audit.NoPersonalData;

/**
 * {@code GET /api/health} for load balancers, monitoring and the supervisor's health timer (docs/deployment.md,
 * "Supervision"): public, so it says only whether this server and its database answer, never anything about
 * visits. 200 {@code {"status":"UP","database":"UP"}}, or 503 with {@code DOWN} when the database does not answer
 * {@code select 1} within {@link #LIMIT} ({@link DatabaseProbe}; a load balancer then sends kiosks to another
 * server sharing a working database, the timer restarts a server whose database stays out of reach).
 */
@Component
@Path("/health")
@NoPersonalData("two words about the server and its database")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {
    static final Duration LIMIT = Duration.ofSeconds(2);
    private final DatabaseProbe probe;

    public HealthResource(DataSource database) {
        this.probe = new DatabaseProbe(database, LIMIT);
    }

    public record Health(String status, String database) {
    }

    @GET
    public Response health() {
        boolean up = probe.answers();
        CacheControl never = new CacheControl();
        never.setNoStore(true);
        return Response.status(up ? 200 : 503).cacheControl(never)
                .entity(new Health(up ? "UP" : "DOWN", up ? "UP" : "DOWN")).build();
    }

    @PreDestroy
    void stop() {
        probe.close();
    }
}
