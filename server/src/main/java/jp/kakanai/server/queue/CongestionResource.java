package jp.kakanai.server.queue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jp.kakanai.server.publicqueue.PublicAnswers;
import jp.kakanai.server.publicqueue.PublicSnapshots;
import org.springframework.stereotype.Component;
import jp.kakanai.server.audit.NoPersonalData;

/**
 * {@code GET /api/congestion}: 混雑状況, public (no login, nothing personal): the published snapshot's live
 * figures per department and the usual ones ({@link UsualCongestion}).
 */
@Component
@Path("/congestion")
@NoPersonalData("public: waiting figures per department")
@Produces(MediaType.APPLICATION_JSON)
public class CongestionResource {
    private final PublicSnapshots snapshots;

    public CongestionResource(PublicSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @GET
    public Response view(@Context Request request) {
        return PublicAnswers.of(request, snapshots.current().congestion());
    }
}
