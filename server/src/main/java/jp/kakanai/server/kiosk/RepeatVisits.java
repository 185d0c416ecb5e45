package jp.kakanai.server.kiosk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.checklist.ItemChanges;
import jp.kakanai.server.queue.QueueService;
import jp.kakanai.server.visit.Visit;
import jp.kakanai.server.visit.VisitRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import jp.kakanai.forms.text.Redacted;

/**
 * The same resident at a kiosk twice the same day (the same card, or the same home QR code): the kiosk asks
 * whether to add to the first visit. Adding keeps the first ticket and puts the new procedures on that
 * visit's checklist; a separate visit is flagged on the clerks' list as the same person's second.
 */
@Service
public class RepeatVisits {
    private final VisitRepository visits;
    private final VisitAdditionRepository additions;
    private final ItemChanges items;
    private final QueueService queue;
    private final OfficeClock clock;

    public RepeatVisits(VisitRepository visits, VisitAdditionRepository additions, ItemChanges items, QueueService queue,
                        OfficeClock clock) {
        this.visits = visits;
        this.additions = additions;
        this.items = items;
        this.queue = queue;
        this.clock = clock;
    }

    /** Who the kiosk has in front of it: enough to recognise the resident's earlier visit, nothing more. */
    public record SameResident(String name, LocalDate birthDate) {
        @Override
        public String toString() {
            return Redacted.record(this);
        }

        boolean matches(Visit visit) {
            return visit.resident().name().equals(name) && visit.resident().birthDate().equals(birthDate);
        }
    }

    /** An earlier visit of today and the ticket the resident is called by now (a later desk's, once moved on). */
    public record Earlier(Visit visit, String ticketNumber) {
    }

    @Transactional(readOnly = true)
    public List<Earlier> today(SameResident resident) {
        List<Earlier> found = new ArrayList<>();
        for (Visit visit : visits.findByDate(clock.today())) {
            if (resident.matches(visit)) {
                found.add(new Earlier(visit, currentTicket(visit)));
            }
        }
        return found;
    }

    /** What an addition did: the visit's ticket now, and the procedures it put on the checklist. */
    public record Added(Earlier visit, List<String> procedures, boolean replayed) {
    }

    @Transactional
    public Added add(String kioskId, String additionId, String visitId, SameResident resident, String lifeEvent,
                     List<String> procedures) {
        Visit visit = visits.findById(visitId).filter(v -> v.visitDate().equals(clock.today()) && resident.matches(v))
                .orElseThrow(() -> ApiProblem.notFound("No visit of this resident today with id '" + visitId + "'."));
        Optional<VisitAddition> earlier = additions.find(additionId);
        if (earlier.isPresent()) {
            if (!earlier.get().visitId().equals(visitId)) {
                throw ApiProblem.conflict("This addition id was used for another visit.");
            }
            return new Added(new Earlier(visit, currentTicket(visit)), earlier.get().procedures(), true);
        }
        List<String> added = items.addFromKiosk(visit, procedures, "kiosk:" + kioskId);
        if (!added.isEmpty()) {
            List<String> all = new ArrayList<>(visit.procedures());
            added.stream().filter(p -> !all.contains(p)).forEach(all::add);
            visits.replaceProcedures(visit.id(), all);
        }
        additions.insert(new VisitAddition(additionId, visit.id(), kioskId, lifeEvent, added, clock.now()));
        Visit now = visits.require(visit.id());
        return new Added(new Earlier(now, currentTicket(now)), added, false);
    }

    /** A visit of the day by a resident who had checked in before that day ({@code first}). */
    public record Repeat(String visitId, String firstVisitId, String firstTicketNumber) {
    }

    /** The day's second (and later) visits of the same resident (same name and birth date), for the clerks' list. */
    @Transactional(readOnly = true)
    public List<Repeat> repeatsOf(LocalDate day) {
        java.util.Map<SameResident, Visit> firsts = new java.util.HashMap<>();
        List<Repeat> repeats = new ArrayList<>();
        for (Visit visit : visits.findByDate(day)) {
            SameResident who = new SameResident(visit.resident().name(), visit.resident().birthDate());
            Visit first = firsts.putIfAbsent(who, visit);
            if (first != null) {
                repeats.add(new Repeat(visit.id(), first.id(), first.ticket().toString()));
            }
        }
        return repeats;
    }

    @Transactional(readOnly = true)
    public List<VisitAddition> additionsOf(LocalDate day) {
        return additions.ofDay(day);
    }

    private String currentTicket(Visit visit) {
        return queue.live().ticketOf(visit.id()).map(t -> t.ticketNumber()).orElse(visit.ticket().toString());
    }
}
