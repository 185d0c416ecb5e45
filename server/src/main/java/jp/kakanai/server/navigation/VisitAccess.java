package jp.kakanai.server.navigation;

import jakarta.ws.rs.core.SecurityContext;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.document.VisitForms;
import jp.kakanai.server.security.StaffScope;
import jp.kakanai.server.visit.Visit;
import jp.kakanai.server.visit.VisitRepository;
import org.springframework.stereotype.Component;

/**
 * Which visits a caller may see: the one-stop counter every visit, a department clerk the visits their
 * departments work on, a kiosk only the visits it checked in (any other answers 404, as if it did not exist).
 */
@Component
public class VisitAccess {
    static final String KIOSK_ROLE = "KIOSK";
    private final VisitRepository visits;
    private final VisitForms forms;

    public VisitAccess(VisitRepository visits, VisitForms forms) {
        this.visits = visits;
        this.forms = forms;
    }

    public Visit visible(String visitId, SecurityContext caller) {
        return visits.findById(visitId)
                .filter(v -> caller.isUserInRole(KIOSK_ROLE)
                        ? v.kioskId().filter(caller.getUserPrincipal().getName()::equals).isPresent()
                        : forms.visibleTo(v, StaffScope.current()))
                .orElseThrow(() -> ApiProblem.notFound("No visit with id '" + visitId + "'."));
    }

    /** Whether the staff member calling may see the visit at all (for lists that name visits by id). */
    public boolean seenByStaff(String visitId) {
        StaffScope scope = StaffScope.current();
        return scope.everyDepartment() || visits.findById(visitId).filter(v -> forms.visibleTo(v, scope)).isPresent();
    }
}
