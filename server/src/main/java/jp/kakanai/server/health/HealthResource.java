package jp.kakanai.server.health;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import jp.kakanai.server.audit.NoPersonalData;

/**
 * {@code GET /api/health} for load balancers and monitoring: public, so it says only whether this server
 * and its database answer, never anything about visits. 200 {@code {"status":"UP","database":"UP"}}, or
 * 503 with {@code DOWN} when the database does not answer within {@value #TIMEOUT_SECONDS} seconds (a load
 * balancer then sends kiosks to another server sharing a working database).
 */
@Component
@Path("/health")
@NoPersonalData("two words about the server and its database")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {
    static final int TIMEOUT_SECONDS = 2;
    private static final Logger LOG = LoggerFactory.getLogger(HealthResource.class);
    private final DataSource database;

    public HealthResource(DataSource database) {
        this.database = database;
    }

    public record Health(String status, String database) {
    }

    @GET
    public Response health() {
        boolean up = databaseAnswers();
        CacheControl never = new CacheControl();
        never.setNoStore(true);
        return Response.status(up ? 200 : 503).cacheControl(never)
                .entity(new Health(up ? "UP" : "DOWN", up ? "UP" : "DOWN")).build();
    }

    private boolean databaseAnswers() {
        try (var connection = database.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (java.sql.SQLException | RuntimeException e) {
            LOG.warn("Health check: the database does not answer: {}", e.toString());
            return false;
        }
    }
}
