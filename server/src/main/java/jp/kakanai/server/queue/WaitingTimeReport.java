package jp.kakanai.server.queue;

import java.time.LocalDate;
import java.util.List;
import jp.kakanai.server.queue.Span.Entry;

/**
 * The managers' audit for a period: is 待たない true? Every figure is counted from the spans whose
 * interval starts within the period (a visit that spans midnight counts for the day it began), by the
 * definitions of {@link VisitTimeline}. Durations are seconds; see {@link DurationStats} for percentiles.
 *
 * @param arrivals         tickets issued (visits), of which {@code reservedArrivals} with a reservation
 * @param waiting          entering a department's queue → called, for every resident called at every department
 * @param abandoned        left a queue before any call there (cancelled, or closed at the end of the day)
 * @param abandonmentRate  abandoned / residents who entered a queue and left it
 * @param noShows          residents called at a department who were not there (once per resident and department)
 * @param noShowRate       noShows / residents called
 * @param noShowsGone      of them, never served at that department
 * @param served           residents served (one per department served at)
 * @param transaction      called → end of service at a department
 * @param visitTime        ticket → visit closed
 * @param closedAtDayEnd   visits still open at closing time, closed as "not served at closing"
 * @param byHour           24 rows: tickets and waiting by the Asia/Tokyo hour the resident entered the queue
 * @param byWeekday        7 rows, ISO weekday 1 (Monday) to 7
 * @param heatMap          weekday × hour cells that had tickets
 */
public record WaitingTimeReport(
        LocalDate from, LocalDate to, long targetSeconds,
        long arrivals, long reservedArrivals,
        DurationStats waiting, List<EntryFigures> waitingByEntry,
        long abandoned, double abandonmentRate,
        long noShows, double noShowRate, long noShowsGone,
        long served, DurationStats transaction,
        DurationStats visitTime, long closedAtDayEnd,
        List<DepartmentFigures> departments, List<CounterFigures> counters, List<Group> serviceByProcedure,
        List<TimeSlot> byHour, List<TimeSlot> byWeekday, List<HeatCell> heatMap) {

    /** One department: every resident who queued there, whichever department they started at. */
    public record DepartmentFigures(String id, String name, long entered, DurationStats waiting,
                                    List<EntryFigures> waitingByEntry, long abandoned, double abandonmentRate,
                                    long noShows, double noShowRate, long served, DurationStats transaction) {
    }

    /** Residents served at one counter of a department, and how long each service took. */
    public record CounterFigures(String department, String departmentName, String counter, long served,
                                 DurationStats transaction) {
    }

    /** Waiting of the residents who entered the queue one way (walk-in, reserved, after a transfer). */
    public record EntryFigures(Entry entry, String name, DurationStats waiting) {
    }

    /** Figures for one procedure. */
    public record Group(String id, String name, DurationStats stats) {
    }

    public record TimeSlot(int slot, long arrivals, DurationStats waiting) {
    }

    public record HeatCell(int weekday, int hour, long arrivals, long medianWaitSeconds) {
    }
}
