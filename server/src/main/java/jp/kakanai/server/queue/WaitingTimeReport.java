package jp.kakanai.server.queue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.queue.Measure.Kind;

/**
 * The managers' audit for a period: is 待たない true? Computed from the measures whose interval starts
 * within the period (a visit that spans midnight counts for the day it began). All durations are seconds.
 *
 * @param waiting            ticket → answered call at the first department
 * @param betweenDepartments transfer → answered call at each later department
 * @param visitTime          ticket → visit closed
 * @param byHour             24 rows: arrivals and first-department waiting by Asia/Tokyo hour of the ticket
 * @param byWeekday          7 rows, ISO weekday 1 (Monday) to 7
 * @param heatMap            weekday × hour cells that had arrivals
 */
public record WaitingTimeReport(
        LocalDate from, LocalDate to, long targetSeconds,
        int arrivals, int noShows, double noShowRate,
        DurationStats waiting, List<Group> waitingByDepartment,
        DurationStats betweenDepartments, List<Group> betweenDepartmentsByDepartment,
        List<Group> serviceByProcedure,
        DurationStats visitTime,
        List<TimeSlot> byHour, List<TimeSlot> byWeekday, List<HeatCell> heatMap) {

    /** Figures for one department or procedure. */
    public record Group(String id, String name, DurationStats stats) {
    }

    public record TimeSlot(int slot, int arrivals, DurationStats waiting) {
    }

    public record HeatCell(int weekday, int hour, int arrivals, long medianWaitSeconds) {
    }

    /** One measure as the report needs it: hour and ISO weekday of its start in Asia/Tokyo. */
    public record Row(Kind kind, String department, String procedureId, int hour, int weekday, long seconds) {
        public static Row of(Measure m) {
            var local = m.startedAt().atZone(OfficeClock.ZONE);
            return new Row(m.kind(), m.department(), m.procedureId().orElse(null), local.getHour(),
                    local.getDayOfWeek().getValue(), m.seconds());
        }
    }

    public static WaitingTimeReport of(LocalDate from, LocalDate to, long targetSeconds, Iterable<Row> rows,
                                       Map<String, String> names) {
        Samples waiting = new Samples();
        Samples between = new Samples();
        Samples visits = new Samples();
        Map<String, Samples> waitingByDepartment = new TreeMap<>();
        Map<String, Samples> betweenByDepartment = new TreeMap<>();
        Map<String, Samples> serviceByProcedure = new TreeMap<>();
        int[] arrivalsByHour = new int[24];
        int[] arrivalsByWeekday = new int[8];
        int[][] arrivalsByCell = new int[8][24];
        Samples[] waitByHour = samples(24);
        Samples[] waitByWeekday = samples(8);
        Samples[][] waitByCell = new Samples[8][];
        for (int d = 1; d <= 7; d++) {
            waitByCell[d] = samples(24);
        }
        int arrivals = 0;
        int noShows = 0;
        for (Row row : rows) {
            switch (row.kind()) {
                case ARRIVAL -> {
                    arrivals++;
                    arrivalsByHour[row.hour()]++;
                    arrivalsByWeekday[row.weekday()]++;
                    arrivalsByCell[row.weekday()][row.hour()]++;
                }
                case WAIT -> {
                    waiting.add(row.seconds());
                    group(waitingByDepartment, row.department()).add(row.seconds());
                    waitByHour[row.hour()].add(row.seconds());
                    waitByWeekday[row.weekday()].add(row.seconds());
                    waitByCell[row.weekday()][row.hour()].add(row.seconds());
                }
                case TRANSFER_WAIT -> {
                    between.add(row.seconds());
                    group(betweenByDepartment, row.department()).add(row.seconds());
                }
                case SERVICE -> group(serviceByProcedure, row.procedureId()).add(row.seconds());
                case NO_SHOW -> noShows++;
                case VISIT -> visits.add(row.seconds());
            }
        }
        List<TimeSlot> byHour = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            byHour.add(new TimeSlot(h, arrivalsByHour[h], waitByHour[h].stats(targetSeconds)));
        }
        List<TimeSlot> byWeekday = new ArrayList<>();
        List<HeatCell> heat = new ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            byWeekday.add(new TimeSlot(d, arrivalsByWeekday[d], waitByWeekday[d].stats(targetSeconds)));
            for (int h = 0; h < 24; h++) {
                if (arrivalsByCell[d][h] > 0) {
                    heat.add(new HeatCell(d, h, arrivalsByCell[d][h], waitByCell[d][h].stats(targetSeconds).medianSeconds()));
                }
            }
        }
        return new WaitingTimeReport(from, to, targetSeconds, arrivals, noShows,
                arrivals == 0 ? 0 : (double) noShows / arrivals,
                waiting.stats(targetSeconds), groups(waitingByDepartment, names, targetSeconds),
                between.stats(targetSeconds), groups(betweenByDepartment, names, targetSeconds),
                groups(serviceByProcedure, names, targetSeconds),
                visits.stats(targetSeconds), byHour, byWeekday, heat);
    }

    private static Samples group(Map<String, Samples> groups, String key) {
        return groups.computeIfAbsent(key == null ? "" : key, k -> new Samples());
    }

    private static List<Group> groups(Map<String, Samples> groups, Map<String, String> names, long target) {
        return groups.entrySet().stream()
                .map(e -> new Group(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue().stats(target)))
                .toList();
    }

    private static Samples[] samples(int n) {
        Samples[] array = new Samples[n];
        for (int i = 0; i < n; i++) {
            array[i] = new Samples();
        }
        return array;
    }
}
