package jp.kakanai.server.reservation;

import jp.kakanai.forms.pack.ReservationSettings;
import jakarta.annotation.PostConstruct;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.queue.Departments;
import jp.kakanai.server.townpack.TownPacks;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 来庁予約: booking a slot for a life event or a certificate, and turning the booking into a ticket when the
 * resident arrives. A department takes {@code capacity} residents per slot; a booking locks the
 * department's row, so the last place of a slot goes to one phone only. Nothing about the person is
 * asked: the code is the reservation.
 */
@Service
public class Reservations {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private final ReservationRepository repository;
    private final ReservationSettingsInForce inForce;
    private final Departments departments;
    private final OfficeClock clock;

    public Reservations(ReservationRepository repository, ReservationSettingsInForce inForce, Departments departments,
                        OfficeClock clock) {
        this.repository = repository;
        this.inForce = inForce;
        this.departments = departments;
        this.clock = clock;
    }

    /** A slot as the phone page offers it: start time and places left. */
    public record SlotView(String time, int remaining) {
    }

    public record DayView(LocalDate date, List<SlotView> slots) {
    }

    /**
     * A booking as its holder sees it; {@code ticketFrom} is the time from which the ticket machine turns it
     * into a reserved ticket that day.
     */
    public record Booked(String code, String item, Map<String, String> itemName, String department,
                         String departmentName, LocalDate date, String from, String to, String ticketFrom,
                         String status) {
    }

    public List<ReservationSettings.Item> items() {
        return inForce.get().items();
    }

    /** The bookable days (today on) with each slot's places left; slots already begun are not offered. */
    @Transactional(readOnly = true)
    public List<DayView> slots(String itemId) {
        ReservationSettings settings = inForce.get();
        ReservationSettings.Item item = item(settings, itemId);
        int capacity = settings.capacity().get(item.department());
        Instant now = clock.now();
        List<DayView> days = new ArrayList<>();
        for (LocalDate day = clock.today(); !day.isAfter(clock.today().plusDays(settings.bookAheadDays())); day = day.plusDays(1)) {
            if (!settings.isOpen(day)) {
                continue;
            }
            Map<Instant, Integer> booked = repository.bookedPerSlot(item.department(), start(day, settings.opens()),
                    start(day, settings.closes()));
            List<SlotView> slots = new ArrayList<>();
            for (LocalTime time : settings.slotTimes()) {
                Instant start = start(day, time);
                if (start.isAfter(now)) {
                    slots.add(new SlotView(time.format(HH_MM), Math.max(0, capacity - booked.getOrDefault(start, 0))));
                }
            }
            days.add(new DayView(day, slots));
        }
        return days;
    }

    @Transactional
    public Booked book(String itemId, LocalDate day, String time) {
        ReservationSettings settings = inForce.get();
        ReservationSettings.Item item = item(settings, itemId);
        LocalTime at = settings.slotTimes().stream().filter(t -> t.format(HH_MM).equals(time)).findFirst()
                .orElseThrow(() -> ApiProblem.badField("time", "No slot starts at '" + time + "'."));
        if (!settings.isOpen(day) || day.isBefore(clock.today()) || day.isAfter(clock.today().plusDays(settings.bookAheadDays()))) {
            throw ApiProblem.badField("date", "The office takes no reservations on " + day + ".");
        }
        Instant start = start(day, at);
        if (!start.isAfter(clock.now())) {
            throw ApiProblem.badField("time", "That slot has begun.");
        }
        repository.lock(item.department());
        int booked = repository.bookedPerSlot(item.department(), start, start.plusSeconds(1)).getOrDefault(start, 0);
        if (booked >= settings.capacity().get(item.department())) {
            throw ApiProblem.conflict("この時間帯は満員です。別の時間をお選びください。 / That slot is full: choose another.");
        }
        Reservation reservation = new Reservation(ReservationCode.random(), item.id(), item.department(), start,
                start.plusSeconds(60L * settings.slotMinutes()), clock.now(), java.util.Optional.empty(),
                java.util.Optional.empty());
        repository.insert(reservation);
        return view(reservation);
    }

    @Transactional(readOnly = true)
    public Booked find(String code) {
        return view(require(code));
    }

    @Transactional
    public void cancel(String code) {
        Reservation reservation = require(code);
        if (!repository.cancel(reservation.code(), clock.now())) {
            throw ApiProblem.conflict("This reservation was already used or cancelled.");
        }
    }

    /**
     * The documented rule (docs/queue.md, Reservations): a reservation becomes a reserved ticket, called
     * before walk-ins, when shown from {@code arriveEarlyMinutes} before its slot to the slot's end, on its
     * day; earlier it is refused with the time to come back, later it has lapsed.
     */
    @Transactional(readOnly = true)
    public Redemption redeem(String code) {
        var found = ReservationCode.parse(code).flatMap(repository::find);
        if (found.isEmpty()) {
            return new Redemption.Unknown();
        }
        Reservation r = found.get();
        Instant now = clock.now();
        if (!r.active()) {
            return new Redemption.Ended(r);
        }
        LocalDate day = OfficeClock.dayOf(r.start());
        if (!day.equals(OfficeClock.dayOf(now))) {
            return new Redemption.OtherDay(r, day);
        }
        Instant from = r.start().minusSeconds(60L * inForce.get().arriveEarlyMinutes());
        if (now.isBefore(from)) {
            return new Redemption.TooEarly(r, LocalTime.ofInstant(from, OfficeClock.ZONE));
        }
        return now.isAfter(r.end()) ? new Redemption.Late(r) : new Redemption.InSlot(r);
    }

    /** The reservation became the ticket of {@code visitId}; in the ticket's transaction. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void used(Reservation reservation, String visitId) {
        if (!repository.use(reservation.code(), visitId, clock.now())) {
            throw ReservationRefusals.used();
        }
    }

    /**
     * A reservation shown at check-in (card kiosk), in the check-in's transaction: within its slot (the rule
     * of {@link #redeem}) and for the department the visit starts at, it is marked used by {@code visitId}
     * and returned; otherwise a 404/409 naming {@code reservation} with the sentence for the resident, and
     * the check-in stores nothing (the kiosk offers to check in without it).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public Reservation useAtCheckIn(String code, String department, String visitId) {
        Redemption redemption = redeem(code);
        if (!(redemption instanceof Redemption.InSlot inSlot)) {
            throw ReservationRefusals.of(redemption, ReservationRefusals.WayOn.WITHOUT_RESERVATION);
        }
        Reservation reservation = inSlot.reservation();
        if (!reservation.department().equals(department)) {
            throw ReservationRefusals.otherDepartment(departments.nameOf(reservation.department()),
                    ReservationRefusals.WayOn.WITHOUT_RESERVATION);
        }
        used(reservation, visitId);
        return reservation;
    }

    private Reservation require(String code) {
        return ReservationCode.parse(code).flatMap(repository::find)
                .orElseThrow(() -> ApiProblem.notFound("No reservation '" + code + "'."));
    }

    private static ReservationSettings.Item item(ReservationSettings settings, String id) {
        return settings.item(id == null ? "" : id).orElseThrow(() -> ApiProblem.badField("item",
                "Nothing to book called '" + id + "'; see GET /api/reservations/items."));
    }

    private Booked view(Reservation r) {
        ReservationSettings settings = inForce.get();
        // A booking of an item a later version no longer offers keeps its id as its name.
        Map<String, String> itemName = settings.item(r.item()).map(ReservationSettings.Item::name)
                .orElse(Map.of("ja", r.item(), "en", r.item()));
        String status = r.cancelledAt().isPresent() ? "CANCELLED" : r.usedAt().isPresent() ? "USED" : "BOOKED";
        return new Booked(r.code(), r.item(), itemName, r.department(), departments.nameOf(r.department()),
                OfficeClock.dayOf(r.start()), LocalTime.ofInstant(r.start(), OfficeClock.ZONE).format(HH_MM),
                LocalTime.ofInstant(r.end(), OfficeClock.ZONE).format(HH_MM),
                LocalTime.ofInstant(r.start().minusSeconds(60L * settings.arriveEarlyMinutes()), OfficeClock.ZONE)
                        .format(HH_MM), status);
    }

    private static Instant start(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(OfficeClock.ZONE).toInstant();
    }

    /**
     * One lock row per department that takes reservations, before the first request and whenever another town
     * pack version is put in force (outside any request's transaction).
     */
    @PostConstruct
    void createLocks() {
        inForce.get().capacity().keySet().forEach(repository::ensureLock);
    }

    @EventListener
    void onSwitch(TownPacks.Switched switched) {
        createLocks();
    }
}
