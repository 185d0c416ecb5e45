package jp.kakanai.server.queue;

import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.security.StaffScope;
import org.springframework.stereotype.Component;

/**
 * What a department clerk may do with a ticket (特定個人情報ガイドライン: each person's access limited to
 * what their work needs): call their departments' queues, act on a ticket that is at one of their departments
 * (waiting there, called to it, being served there) and mark done only the procedures their departments own.
 * The one-stop counter and every-department staff act everywhere. A refusal is a 403 naming the field; the
 * access log records it ({@code RecordedWhenRefused}).
 */
@Component
public class DepartmentDuty {
    private final Departments departments;
    private final OpenTickets openTickets;
    private final OfficeClock clock;

    public DepartmentDuty(Departments departments, OpenTickets openTickets, OfficeClock clock) {
        this.departments = departments;
        this.openTickets = openTickets;
        this.clock = clock;
    }

    /**
     * For a change outside the queue's steps (a checklist's answers): a department clerk makes it only while the
     * visit's ticket is at one of its departments today, i.e. while the resident is theirs to serve.
     */
    public void requireTicketAtOwnDepartment(String visitId, StaffScope scope) {
        if (!scope.everyDepartment()) {
            actsAt(scope, openTickets.ofVisit(visitId).filter(t -> OfficeClock.dayOf(t.enteredQueueAt())
                    .equals(clock.today())).map(LiveQueue.Ticket::department).orElse(null));
        }
    }

    void callsAt(StaffScope scope, String department) {
        if (!scope.worksFor(department)) {
            throw new ApiProblem(403, "A clerk calls the tickets of their own departments, not "
                    + departments.nameOf(department) + "'s.", "department");
        }
    }

    /** The ticket is at {@code department} now (null: at none, which only every-department staff may touch). */
    void actsAt(StaffScope scope, String department) {
        if (!scope.everyDepartment() && (department == null || !scope.worksFor(department))) {
            throw new ApiProblem(403, (department == null ? "This visit has no open ticket"
                    : "This ticket is at " + departments.nameOf(department))
                    + ": a department clerk acts on the tickets at their own departments.", "visitId");
        }
    }

    void owns(StaffScope scope, String department, String procedureId) {
        if (!scope.worksFor(department)) {
            throw new ApiProblem(403, "Procedure '" + procedureId + "' is " + departments.nameOf(department)
                    + "'s: a clerk marks done the procedures of their own departments.", "procedureId");
        }
    }
}
