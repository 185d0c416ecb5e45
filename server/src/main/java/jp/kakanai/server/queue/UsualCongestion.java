package jp.kakanai.server.queue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.publicqueue.PublicSnapshot;
import org.springframework.stereotype.Component;

/**
 * 混雑状況 as usual: per department, weekday and hour over the last {@value #WEEKS} weeks, tickets per week
 * and the mean wait, from the rollups' facet C. It changes once a day and is kept for that day only: a few
 * hundred cells, whatever the history's length. Nothing personal: counts and minutes. Published with the
 * live figures in the public snapshot ({@link PublicSnapshotPublisher}).
 */
@Component
public class UsualCongestion {
    static final int WEEKS = 12;
    private final QueueRollups rollups;
    private final ReportRows rows;
    private final Departments departments;
    private final OfficeClock clock;
    private final AtomicReference<PublicSnapshot.Usual> usual = new AtomicReference<>();

    public UsualCongestion(QueueRollups rollups, ReportRows rows, Departments departments, OfficeClock clock) {
        this.rollups = rollups;
        this.departments = departments;
        this.rows = rows;
        this.clock = clock;
    }

    /** The weeks up to yesterday; built at the first call of a day (rolling up what is missing), then kept. */
    public PublicSnapshot.Usual current() {
        LocalDate to = clock.today().minusDays(1);
        PublicSnapshot.Usual kept = usual.get();
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
        List<PublicSnapshot.UsualDepartment> result = new ArrayList<>();
        departments.all().stream().filter(d -> cells.containsKey(d.id())).forEach(d -> {
            List<PublicSnapshot.Cell> list = new ArrayList<>();
            cells.get(d.id()).forEach((key, sums) -> list.add(new PublicSnapshot.Cell(key / 100, key % 100,
                    Math.round(10.0 * sums[0] / WEEKS) / 10.0,
                    sums[1] == 0 ? Optional.empty() : Optional.of(Math.round(sums[2] / 60.0 / sums[1])))));
            result.add(new PublicSnapshot.UsualDepartment(d.id(), d.name().ja(), list));
        });
        PublicSnapshot.Usual fresh = new PublicSnapshot.Usual(from, to, result);
        usual.set(fresh);
        return fresh;
    }
}
