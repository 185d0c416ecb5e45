package jp.kakanai.server.queue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.kakanai.server.queue.Span.Entry;
import jp.kakanai.server.queue.Span.Kind;
import jp.kakanai.server.queue.WaitingTimeReport.CounterFigures;
import jp.kakanai.server.queue.WaitingTimeReport.DepartmentFigures;
import jp.kakanai.server.queue.WaitingTimeReport.EntryFigures;
import jp.kakanai.server.queue.WaitingTimeReport.Group;
import jp.kakanai.server.queue.WaitingTimeReport.HeatCell;
import jp.kakanai.server.queue.WaitingTimeReport.TimeSlot;

/** Turns the summed figure rows of a period into the report: histograms per group, then their statistics. */
final class ReportAssembly {
    static final Map<Entry, String> ENTRY_NAMES = Map.of(Entry.WALK_IN, "予約なし", Entry.RESERVED, "予約あり",
            Entry.TRANSFER, "他の課から");
    /** Per department (facet A): the histogram of each kind, split by sub. */
    private final Map<String, Map<Kind, Map<String, Histogram>>> byDepartment = new TreeMap<>();
    private final Histogram[][] arrivalsByCell = cells();
    private final Histogram[][] waitsByCell = cells();
    private final Departments departments;

    private ReportAssembly(Departments departments) {
        this.departments = departments;
    }

    static WaitingTimeReport of(LocalDate from, LocalDate to, long target, Iterable<FigureRow> rows,
                                Departments departments) {
        ReportAssembly assembly = new ReportAssembly(departments);
        rows.forEach(assembly::add);
        return assembly.report(from, to, target);
    }

    private void add(FigureRow row) {
        switch (row.facet()) {
            case 'A' -> byDepartment.computeIfAbsent(row.department(), d -> new EnumMap<>(Kind.class))
                    .computeIfAbsent(row.kind(), k -> new TreeMap<>())
                    .computeIfAbsent(row.sub(), s -> new Histogram()).add(row);
            case 'B' -> (row.kind() == Kind.ARRIVAL ? arrivalsByCell : waitsByCell)[row.weekday()][row.hour()].add(row);
            default -> { } // facet C is the congestion page's
        }
    }

    private WaitingTimeReport report(LocalDate from, LocalDate to, long target) {
        List<DepartmentFigures> perDepartment = new ArrayList<>();
        List<CounterFigures> counters = new ArrayList<>();
        Map<String, Histogram> services = new TreeMap<>();
        Map<Entry, Histogram> waitsByEntry = new EnumMap<>(Entry.class);
        Map<Kind, Histogram> all = new EnumMap<>(Kind.class);
        Map<String, Histogram> outcomes = new HashMap<>();
        byDepartment.forEach((department, kinds) -> {
            String name = departments.nameOf(department);
            kinds.forEach((kind, subs) -> subs.forEach((sub, h) -> {
                all.computeIfAbsent(kind, k -> new Histogram()).add(h);
                outcomes.computeIfAbsent(kind + "/" + sub, k -> new Histogram()).add(h);
            }));
            merged(kinds, Kind.WAIT).forEach((entry, h) -> waitsByEntry.computeIfAbsent(Entry.valueOf(entry),
                    e -> new Histogram()).add(h));
            merged(kinds, Kind.SERVICE).forEach((procedure, h) -> services.computeIfAbsent(procedure,
                    p -> new Histogram()).add(h));
            merged(kinds, Kind.TRANSACTION).forEach((counter, h) ->
                    counters.add(new CounterFigures(department, name, counter, h.count(), h.stats(target))));
            perDepartment.add(department(department, name, kinds, target));
        });
        perDepartment.sort(Comparator.comparingInt(d -> departments.walkingOrderOf(d.id())));
        Histogram waits = total(all, Kind.WAIT);
        Histogram abandoned = total(all, Kind.ABANDONED);
        Histogram noShows = total(all, Kind.NO_SHOW);
        long entered = waits.count() + abandoned.count();
        return new WaitingTimeReport(from, to, target,
                total(all, Kind.ARRIVAL).count(), count(outcomes, Kind.ARRIVAL, Entry.RESERVED.name()),
                waits.stats(target), entries(waitsByEntry, target),
                abandoned.count(), share(abandoned.count(), entered),
                noShows.count(), share(noShows.count(), waits.count()), count(outcomes, Kind.NO_SHOW, "GONE"),
                total(all, Kind.TRANSACTION).count(), total(all, Kind.TRANSACTION).stats(target),
                total(all, Kind.VISIT).stats(target), count(outcomes, Kind.VISIT, Span.Outcome.DAY_END.name()),
                perDepartment, counters,
                services.entrySet().stream().map(e -> new Group(e.getKey(), departments.procedureName(e.getKey()),
                        e.getValue().stats(target))).toList(),
                byHour(target), byWeekday(target), heatMap(target));
    }

    private static DepartmentFigures department(String id, String name, Map<Kind, Map<String, Histogram>> kinds,
                                                long target) {
        Histogram waits = sum(kinds, Kind.WAIT);
        Histogram abandoned = sum(kinds, Kind.ABANDONED);
        Histogram noShows = sum(kinds, Kind.NO_SHOW);
        Histogram transactions = sum(kinds, Kind.TRANSACTION);
        Map<Entry, Histogram> byEntry = new EnumMap<>(Entry.class);
        merged(kinds, Kind.WAIT).forEach((entry, h) -> byEntry.put(Entry.valueOf(entry), h));
        long entered = waits.count() + abandoned.count();
        return new DepartmentFigures(id, name, entered, waits.stats(target), entries(byEntry, target),
                abandoned.count(), share(abandoned.count(), entered), noShows.count(),
                share(noShows.count(), waits.count()), transactions.count(), transactions.stats(target));
    }

    private static List<EntryFigures> entries(Map<Entry, Histogram> byEntry, long target) {
        return byEntry.entrySet().stream()
                .map(e -> new EntryFigures(e.getKey(), ENTRY_NAMES.get(e.getKey()), e.getValue().stats(target))).toList();
    }

    private List<TimeSlot> byHour(long target) {
        return slots(0, 23, 1, 7, false, target);
    }

    private List<TimeSlot> byWeekday(long target) {
        return slots(1, 7, 0, 23, true, target);
    }

    /** One slot per hour (or weekday), summing the weekday × hour cells across the other dimension. */
    private List<TimeSlot> slots(int first, int last, int acrossFirst, int acrossLast, boolean weekdays, long target) {
        List<TimeSlot> slots = new ArrayList<>();
        for (int slot = first; slot <= last; slot++) {
            Histogram arrivals = new Histogram();
            Histogram waits = new Histogram();
            for (int other = acrossFirst; other <= acrossLast; other++) {
                int d = weekdays ? slot : other;
                int h = weekdays ? other : slot;
                arrivals.add(arrivalsByCell[d][h]);
                waits.add(waitsByCell[d][h]);
            }
            slots.add(new TimeSlot(slot, arrivals.count(), waits.stats(target)));
        }
        return slots;
    }

    private List<HeatCell> heatMap(long target) {
        List<HeatCell> cells = new ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            for (int h = 0; h < 24; h++) {
                if (arrivalsByCell[d][h].count() > 0) {
                    cells.add(new HeatCell(d, h, arrivalsByCell[d][h].count(),
                            waitsByCell[d][h].stats(target).medianSeconds()));
                }
            }
        }
        return cells;
    }

    private static Map<String, Histogram> merged(Map<Kind, Map<String, Histogram>> kinds, Kind kind) {
        return kinds.getOrDefault(kind, Map.of());
    }

    private static Histogram sum(Map<Kind, Map<String, Histogram>> kinds, Kind kind) {
        Histogram sum = new Histogram();
        merged(kinds, kind).values().forEach(sum::add);
        return sum;
    }

    private static Histogram total(Map<Kind, Histogram> all, Kind kind) {
        return all.getOrDefault(kind, new Histogram());
    }

    private static long count(Map<String, Histogram> outcomes, Kind kind, String sub) {
        Histogram h = outcomes.get(kind + "/" + sub);
        return h == null ? 0 : h.count();
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static Histogram[][] cells() {
        Histogram[][] cells = new Histogram[8][24];
        for (Histogram[] row : cells) {
            for (int h = 0; h < 24; h++) {
                row[h] = new Histogram();
            }
        }
        return cells;
    }
}
