package jp.kakanai.server.queue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.api.QueryDates;
import org.springframework.stereotype.Component;
import jp.kakanai.server.audit.AccessAction;
import jp.kakanai.server.audit.PersonalData;
import jp.kakanai.server.audit.NoPersonalData;

/** The waiting-time audit, for managers only (see SecurityConfig): live figures, a period's report, CSV. */
@Component
@Path("/manager")
public class ManagerResource {
    private static final int MAX_DAYS = 3700;
    private final QueueReports reports;
    private final QueueProjections projections;
    private final OfficeClock clock;

    public ManagerResource(QueueReports reports, QueueProjections projections, OfficeClock clock) {
        this.reports = reports;
        this.projections = projections;
        this.clock = clock;
    }

    @GET
    @Path("/live")
    @NoPersonalData("waiting figures per department")
    @Produces(MediaType.APPLICATION_JSON)
    public List<QueueReports.DepartmentNow> live() {
        return reports.live();
    }

    /** {@code from} and {@code to} (both included, Asia/Tokyo); the last 30 days by default. */
    @GET
    @Path("/report")
    @NoPersonalData("waiting-time statistics")
    @Produces(MediaType.APPLICATION_JSON)
    public WaitingTimeReport report(@QueryParam("from") String from, @QueryParam("to") String to) {
        QueryDates.Period period = QueryDates.period(from, to, clock.today(), MAX_DAYS);
        return reports.report(period.from(), period.to());
    }

    /**
     * Rebuilds the figures of the days from {@code from} to {@code to} from the event log (spans, open
     * tickets, rollups): after a restore, or to check that the stored figures are what the log says.
     */
    @POST
    @Path("/rebuild")
    @NoPersonalData("rebuilds waiting figures from the event log")
    @Produces(MediaType.APPLICATION_JSON)
    public QueueProjections.Rebuilt rebuild(@QueryParam("from") String from, @QueryParam("to") String to) {
        QueryDates.Period period = QueryDates.period(from, to, clock.today(), MAX_DAYS);
        return projections.rebuild(period.from(), period.to());
    }

    @GET
    @Path("/report.csv")
    @PersonalData(value = AccessAction.EXPORT_REPORT, purpose = {"from", "to"})
    @Produces("text/csv")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
        WaitingTimeReport report = report(from, to);
        return Response.ok(ReportCsv.of(report), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"waiting-" + report.from() + "-" + report.to() + ".csv\"")
                .build();
    }

}
