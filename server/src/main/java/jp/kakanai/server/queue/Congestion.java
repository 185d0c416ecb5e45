package jp.kakanai.server.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * 混雑状況 for the public page: now (per department: how many wait, the estimate, the longest wait) and as
 * usual (per department, weekday and hour over the last {@value #WEEKS} weeks: tickets per week and the
 * mean wait, from the rollups' facet C). The usual part changes once a day and is kept for that day only:
 * a few hundred cells, whatever the history's length. Nothing personal: counts and minutes.
 */
@Component
public class Congestion {
    static final int WEEKS = 12;
    private final QueueBoard board;
    private final QueueRollups rollups;
    private final ReportRows rows;
    private final Departments departments;
    private final jp.kakanai.server.OfficeClock clock;
    private final AtomicReference<Usual> usual = new AtomicReference<>();

    public Congestion(QueueBoard board, QueueRollups rollups, ReportRows rows, Departments departments,
                      jp.kakanai.server.OfficeClock clock) {
        this.board = board;
        this.rollups = rollups;
        this.departments = departments;
        this.rows = rows;
        this.clock = clock;
    }

    public record Now(String department, String name, int waiting, Optional<Long> estimatedWaitMinutes,
                      long longestWaitMinutes) {
    }

    /** One weekday × hour of a department: tickets per week on average, mean wait (empty: nobody waited). */
    public record Cell(int weekday, int hour, double ticketsPerWeek, Optional<Long> meanWaitMinutes) {
    }

    public record UsualDepartment(String department, String name, List<Cell> cells) {
    }

    public record Usual(LocalDate from, LocalDate to, List<UsualDepartment> departments) {
    }

    public record View(Instant asOf, List<Now> now, Usual usual) {
    }

    public View view() {
        List<Now> now = board.now().stream().map(d -> new Now(d.department(), d.name(), d.waiting(),
                d.estimatedWaitMinutes(), d.longestWaitMinutes())).toList();
        return new View(clock.now(), now, usual());
    }

    private Usual usual() {
        LocalDate to = clock.today().minusDays(1);
        Usual kept = usual.get();
        if (kept != null && kept.to().equals(to)) {
            return kept;
        }
        LocalDate from = to.minusWeeks(WEEKS).plusDays(1);
        Map<String, Map<Integer, long[]>> cells = new TreeMap<>();
        for (FigureRow row : rows.of(from, to, rollups.ensure(from, to))) {
            if (row.facet() == 'C') {
                long[] sums = cells.computeIfAbsent(row.department(), d -> new TreeMap<>())
                        .computeIfAbsent(row.weekday() * 100 + row.hour(), k -> new long[3]);
                if (row.kind() == Span.Kind.ARRIVAL) {
                    sums[0] += row.n();
                } else {
                    sums[1] += row.n();
                    sums[2] += row.totalSeconds();
                }
            }
        }
        List<UsualDepartment> result = new ArrayList<>();
        departments.all().stream().filter(d -> cells.containsKey(d.id())).forEach(d -> {
            List<Cell> list = new ArrayList<>();
            cells.get(d.id()).forEach((key, sums) -> list.add(new Cell(key / 100, key % 100,
                    Math.round(10.0 * sums[0] / WEEKS) / 10.0,
                    sums[1] == 0 ? Optional.empty() : Optional.of(Math.round(sums[2] / 60.0 / sums[1])))));
            result.add(new UsualDepartment(d.id(), d.name().ja(), list));
        });
        Usual fresh = new Usual(from, to, List.copyOf(result));
        usual.set(fresh);
        return fresh;
    }
}
