package jp.kakanai.server.navigation;

import jakarta.ws.rs.core.SecurityContext;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.visit.Visit;
import jp.kakanai.server.visit.VisitRepository;
import org.springframework.stereotype.Component;

/**
 * Which visits a caller may see: staff see every visit, a kiosk only the visits it checked in (another
 * kiosk's visit answers 404, as if it did not exist).
 */
@Component
public class VisitAccess {
    static final String KIOSK_ROLE = "KIOSK";
    private final VisitRepository visits;

    public VisitAccess(VisitRepository visits) {
        this.visits = visits;
    }

    public Visit visible(String visitId, SecurityContext caller) {
        return visits.findById(visitId)
                .filter(v -> !caller.isUserInRole(KIOSK_ROLE)
                        || v.kioskId().filter(caller.getUserPrincipal().getName()::equals).isPresent())
                .orElseThrow(() -> ApiProblem.notFound("No visit with id '" + visitId + "'."));
    }
}
