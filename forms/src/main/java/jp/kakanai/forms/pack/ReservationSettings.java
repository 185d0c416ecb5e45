package jp.kakanai.forms.pack;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a town offers for 来庁予約 (reservations), from {@code queue/reservations.json}: slot length, opening
 * hours and days, the days it is closed, how far ahead one can book, how early before the slot a reserved
 * ticket is issued, the residents each department takes per slot, and the bookable items.
 */
public record ReservationSettings(int slotMinutes, LocalTime opens, LocalTime closes, Set<DayOfWeek> openDays,
                                  Set<MonthDay> closedDates, int bookAheadDays, int arriveEarlyMinutes,
                                  Map<String, Integer> capacity, List<Item> items) {

    /** A bookable reason to come: a life event or a certificate, at its department. */
    public record Item(String id, String kind, String department, Map<String, String> name) {
    }

    public Optional<Item> item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public boolean isOpen(LocalDate day) {
        return openDays.contains(day.getDayOfWeek()) && !closedDates.contains(MonthDay.from(day));
    }

    /** The slots' start times of an opening day: every slot that ends by closing time. */
    public List<LocalTime> slotTimes() {
        return java.util.stream.Stream.iterate(opens, t -> !t.plusMinutes(slotMinutes).isAfter(closes),
                t -> t.plusMinutes(slotMinutes)).toList();
    }
}
