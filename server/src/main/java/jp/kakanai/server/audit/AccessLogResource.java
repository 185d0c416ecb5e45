package jp.kakanai.server.audit;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.api.QueryDates;
import org.springframework.stereotype.Component;

/** The access log for managers and auditors: search, export as CSV, check the chain. */
@Component
@Path("/access-log")
public class AccessLogResource {
    private static final int MAX_PAGE = 500;
    private final AccessLogSearch search;
    private final AccessLogVerifier verifier;
    private final OfficeClock clock;

    public AccessLogResource(AccessLogSearch search, AccessLogVerifier verifier, OfficeClock clock) {
        this.search = search;
        this.verifier = verifier;
        this.clock = clock;
    }

    /** One page, newest first; {@code next} is the {@code before} of the following page, absent at the end. */
    public record Page(List<AccessLogEntry> entries, Optional<Long> next) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @PersonalData(value = AccessAction.VIEW_ACCESS_LOG, purpose = {"from", "to", "actor", "visit", "action"})
    public Page page(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("actor") String actor,
                     @QueryParam("visit") String visit, @QueryParam("action") String action,
                     @QueryParam("before") Long before, @QueryParam("limit") Integer limit) {
        int size = limit == null ? 100 : limit;
        if (size < 1 || size > MAX_PAGE) {
            throw ApiProblem.badField("limit", "Between 1 and " + MAX_PAGE + " rows per page.");
        }
        List<AccessLogEntry> entries = search.page(filter(from, to, actor, visit, action, before), size);
        Optional<Long> next = entries.size() == size ? Optional.of(entries.get(size - 1).seq()) : Optional.empty();
        return new Page(entries, next);
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    @PersonalData(value = AccessAction.EXPORT_ACCESS_LOG, purpose = {"from", "to", "actor", "visit", "action"})
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("actor") String actor,
                           @QueryParam("visit") String visit, @QueryParam("action") String action) {
        AccessLogSearch.Filter filter = filter(from, to, actor, visit, action, null);
        StreamingOutput csv = out -> {
            AccessLogCsv writer = new AccessLogCsv(out);
            search.each(filter, writer::write);
            writer.finish();
        };
        return Response.ok(csv, "text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"access-log-" + filter.from() + "-" + filter.to() + ".csv\"").build();
    }

    @GET
    @Path("/verification")
    @Produces(MediaType.APPLICATION_JSON)
    @NoPersonalData("checks the chain's hashes and answers with row numbers only")
    public AccessLogVerifier.Verification verification() {
        return verifier.verify();
    }

    private AccessLogSearch.Filter filter(String from, String to, String actor, String visit, String action, Long before) {
        LocalDate end = QueryDates.parse("to", to, clock.today());
        LocalDate start = QueryDates.parse("from", from, end);
        if (start.isAfter(end)) {
            throw ApiProblem.badField("from", "The period starts after it ends.");
        }
        Optional<AccessAction> kind = Optional.ofNullable(action).filter(a -> !a.isBlank())
                .map(a -> AccessAction.byId(a).orElseThrow(() -> ApiProblem.badField("action", "No action '" + a + "'.")));
        return new AccessLogSearch.Filter(start, end, text(actor), text(visit), kind, Optional.ofNullable(before));
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
