package jp.kakanai.server.audit;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.kakanai.forms.checkin.CheckInReceipt;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.api.ApiError;
import jp.kakanai.server.api.DatabaseUnavailable;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes the access-log record of every call of a {@link PersonalData} method, answered or refused, and of
 * every refused call of a {@link RecordedWhenRefused} one, before the answer leaves the server. A record that cannot be written turns the answer into a 503 without the
 * data: nobody sees a resident's data without a trace of it.
 */
@Component
public class AccessLogFilter implements ContainerResponseFilter {
    private static final Logger LOG = LoggerFactory.getLogger(AccessLogFilter.class);
    private static final Pattern VISIT_ID = Pattern.compile("[0-9a-fA-F-]{36}");
    private final AccessLog log;
    private final OfficeClock clock;
    private final RepeatedViews repeated = new RepeatedViews();

    public AccessLogFilter(AccessLog log, OfficeClock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Optional<Method> method = methodOf(request);
        PersonalData access = method.map(m -> m.getAnnotation(PersonalData.class)).orElse(null);
        if (access != null) {
            record(request, response, access.value(), access.visit(), access.purpose(), List.of());
            return;
        }
        RecordedWhenRefused refusal = method.map(m -> m.getAnnotation(RecordedWhenRefused.class)).orElse(null);
        if (refusal != null && response.getStatus() == 403) {
            record(request, response, refusal.value(), refusal.visit(), refusal.purpose(),
                    List.of("step=" + method.get().getName()));
        }
    }

    private void record(ContainerRequestContext request, ContainerResponseContext response, AccessAction action,
                        String visitParameter, String[] purposeParameters, List<String> purposeFirst) {
        List<String> purpose = new ArrayList<>(purposeFirst);
        purpose.addAll(purposeOf(purposeParameters, request, response));
        AccessRecord record = new AccessRecord(clock.now(), Actors.of(request.getSecurityContext()), action,
                visitOf(visitParameter, request, response), String.join(" ", purpose), response.getStatus(),
                Actors.clientAddress());
        if (!repeated.needsRecord(record)) {
            return;
        }
        try {
            log.append(record);
        } catch (RuntimeException e) {
            repeated.forget(record);
            LOG.error("The access log could not be written; the answer was withheld ({} {}): {}", record.action().id(),
                    record.visitId().orElse("-"), e.toString());
            response.setStatus(503);
            response.getHeaders().putSingle("Content-Type", MediaType.APPLICATION_JSON);
            response.getHeaders().remove("Content-Disposition");
            ApiError error = ApiError.of("The access log cannot be written just now, so the data is not shown."
                    + " Try again in a moment; if it persists, tell the administrator.");
            if (DatabaseUnavailable.isCauseOf(e)) {
                error = DatabaseUnavailable.error();
                response.getHeaders().putSingle("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
            }
            response.setEntity(error, null, MediaType.APPLICATION_JSON_TYPE);
        }
    }

    private static Optional<Method> methodOf(ContainerRequestContext request) {
        return Optional.ofNullable(((ExtendedUriInfo) request.getUriInfo()).getMatchedResourceMethod())
                .map(m -> m.getInvocable().getDefinitionMethod());
    }

    private static Optional<String> visitOf(String parameter, ContainerRequestContext request,
                                            ContainerResponseContext response) {
        Optional<String> visit;
        if (parameter.isEmpty()) {
            visit = Optional.empty();
        } else if (PersonalData.FROM_ANSWER.equals(parameter)) {
            visit = response.getEntity() instanceof CheckInReceipt receipt ? Optional.of(receipt.visitId())
                    : Optional.ofNullable(response.getLocation()).map(URI::getPath).map(p -> p.substring(p.lastIndexOf('/') + 1));
        } else {
            visit = Optional.ofNullable(request.getUriInfo().getPathParameters().getFirst(parameter));
        }
        // Only a visit id goes in: whatever else someone typed into the path stays out of the log.
        return visit.filter(id -> VISIT_ID.matcher(id).matches());
    }

    private static List<String> purposeOf(String[] names, ContainerRequestContext request,
                                          ContainerResponseContext response) {
        List<String> parts = new ArrayList<>();
        MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters();
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        for (String name : names) {
            String value = Optional.ofNullable(path.getFirst(name)).orElse(query.getFirst(name));
            if (value != null) {
                parts.add(name + "=" + (value.matches("[A-Za-z0-9._:-]{1,64}") ? value : "(not an id)"));
            }
        }
        if (response.getEntity() instanceof Collection<?> rows) {
            parts.add("rows=" + rows.size());
        }
        return parts;
    }
}
