package jp.kakanai.server.queue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Sorted dates as runs [first, last] of dates at most {@code gap} days apart, so SQL can select ranges. */
final class DateRuns {
    private DateRuns() {
    }

    static List<LocalDate[]> of(List<LocalDate> sortedDates, int gap) {
        List<LocalDate[]> runs = new ArrayList<>();
        for (LocalDate date : sortedDates) {
            if (!runs.isEmpty() && !runs.get(runs.size() - 1)[1].plusDays(gap).isBefore(date)) {
                runs.get(runs.size() - 1)[1] = date;
            } else {
                runs.add(new LocalDate[] {date, date});
            }
        }
        return runs;
    }
}
