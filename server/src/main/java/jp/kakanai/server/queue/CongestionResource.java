package jp.kakanai.server.queue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.springframework.stereotype.Component;
import jp.kakanai.server.audit.NoPersonalData;

/** {@code GET /api/congestion}: 混雑状況, public (no login, nothing personal). See {@link Congestion}. */
@Component
@Path("/congestion")
@NoPersonalData("public: waiting figures per department")
@Produces(MediaType.APPLICATION_JSON)
public class CongestionResource {
    private final Congestion congestion;

    public CongestionResource(Congestion congestion) {
        this.congestion = congestion;
    }

    @GET
    public Congestion.View view() {
        return congestion.view();
    }
}
