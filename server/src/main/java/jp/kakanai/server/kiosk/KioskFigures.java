package jp.kakanai.server.kiosk;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kiosk as the manager watches it (issue 15: a family checked in within three minutes, in real use):
 * per life event the sessions, the median and 90th percentile of the time from the first tap to the ticket
 * and the share within the goal, the taps; how many sessions were abandoned, and on which screen. Percentiles
 * are nearest-rank (the smallest value at least p of the values do not exceed), as the queue reports'.
 */
public record KioskFigures(LocalDate from, LocalDate to, long goalSeconds, int sessions, int tickets, int helpTickets,
                           int abandoned, double abandonmentRate, int sessionsWithWrongPin,
                           List<ByLifeEvent> byLifeEvent, List<Count> abandonedAt, List<Count> byLanguage) {

    /** {@code lifeEvent} empty: sessions that ended before one was chosen (help tickets, abandonments). */
    public record ByLifeEvent(Optional<String> lifeEvent, int sessions, int tickets, long medianSeconds, long p90Seconds,
                              double withinGoal, long medianTaps, long p90Taps, double abandonmentRate) {
    }

    public record Count(String id, int count) {
    }

    static KioskFigures of(LocalDate from, LocalDate to, long goalSeconds, List<KioskSessionRepository.Row> rows) {
        int tickets = (int) rows.stream().filter(r -> !r.outcome().equals("abandoned")).count();
        int abandoned = rows.size() - tickets;
        Map<Optional<String>, List<KioskSessionRepository.Row>> byEvent = rows.stream()
                .collect(Collectors.groupingBy(KioskSessionRepository.Row::lifeEvent));
        List<ByLifeEvent> events = byEvent.entrySet().stream()
                .map(e -> byLifeEvent(e.getKey(), e.getValue(), goalSeconds))
                .sorted(Comparator.comparing((ByLifeEvent b) -> b.lifeEvent().orElse("~"))).toList();
        return new KioskFigures(from, to, goalSeconds, rows.size(), tickets,
                (int) rows.stream().filter(r -> r.outcome().equals("help-ticket")).count(), abandoned,
                rows.isEmpty() ? 0 : (double) abandoned / rows.size(),
                (int) rows.stream().filter(r -> r.wrongPins() > 0).count(), events,
                counts(rows.stream().filter(r -> r.outcome().equals("abandoned")).toList(), r -> r.lastScreen().orElse("start")),
                counts(rows, r -> r.language().orElse("unknown")));
    }

    private static ByLifeEvent byLifeEvent(Optional<String> event, List<KioskSessionRepository.Row> rows, long goal) {
        long[] seconds = rows.stream().flatMap(r -> r.secondsToTicket().stream()).mapToLong(Long::longValue).sorted().toArray();
        long[] taps = rows.stream().filter(r -> r.secondsToTicket().isPresent()).mapToLong(KioskSessionRepository.Row::taps)
                .sorted().toArray();
        long within = Arrays.stream(seconds).filter(s -> s <= goal).count();
        int abandoned = rows.size() - seconds.length;
        return new ByLifeEvent(event, rows.size(), seconds.length, percentile(seconds, 0.5), percentile(seconds, 0.9),
                seconds.length == 0 ? 0 : (double) within / seconds.length, percentile(taps, 0.5), percentile(taps, 0.9),
                (double) abandoned / rows.size());
    }

    /** Nearest rank: the smallest value that at least {@code p} of the sorted values do not exceed; 0 when none. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static List<Count> counts(List<KioskSessionRepository.Row> rows, Function<KioskSessionRepository.Row, String> key) {
        return new TreeMap<>(rows.stream().collect(Collectors.groupingBy(key, Collectors.summingInt(r -> 1))))
                .entrySet().stream().map(e -> new Count(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(Count::count).reversed()).toList();
    }
}
