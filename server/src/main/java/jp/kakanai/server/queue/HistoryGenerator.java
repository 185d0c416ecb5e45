package jp.kakanai.server.queue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import jp.kakanai.server.OfficeClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a realistic history of visits for benchmarks and demos, through the same {@link VisitTimeline} as
 * live traffic: the visits spread over the opening days of a period (weekdays, not 29 Dec – 3 Jan), Mondays
 * and the March–April moving season busier, arrivals peaking at 9–10 and 13–14 o'clock, the events of
 * {@link VisitSimulator}, their spans and ticket numbers. Rows go to a {@link Sink} (JDBC batches, or the
 * benchmark's PostgreSQL COPY). Deterministic for a given seed. Rollups are left to {@link QueueRollups}.
 */
public final class HistoryGenerator {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryGenerator.class);
    private static final int BATCH = 5_000;
    /** Relative arrivals per half hour from 8:30 to 17:00. */
    private static final int[] ARRIVALS_BY_HALF_HOUR = {6, 9, 10, 10, 9, 8, 6, 5, 7, 9, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final LocalTime CLOSING = LocalTime.of(17, 15);
    static final String VISIT_COLUMNS = "id, visit_date, ticket_number, checked_in_at, kiosk_id, life_event,"
            + " resident_name, resident_address, birth_date, sex";

    /** Where the rows go: a table, its columns, and rows of values in that order. */
    public interface Sink {
        void rows(String table, String columns, List<Object[]> rows);
    }

    private final Sink sink;
    private final SplittableRandom random;
    private final Map<String, List<Object[]>> pending = new HashMap<>();
    private VisitSimulator simulator;
    private long written;

    public HistoryGenerator(Sink sink, long seed) {
        this.sink = sink;
        this.random = new SplittableRandom(seed);
    }

    /** About {@code visits} visits on the opening days from {@code first} to {@code last}; returns the count. */
    public long generate(long visits, LocalDate first, LocalDate last) {
        List<LocalDate> days = first.datesUntil(last.plusDays(1)).filter(HistoryGenerator::isOpen).toList();
        double weight = days.stream().mapToDouble(HistoryGenerator::busyness).sum();
        double perUnit = visits / weight;
        simulator = new VisitSimulator(random, Math.max(3, (int) Math.round(perUnit / 120)));
        for (LocalDate day : days) {
            long count = Math.round(perUnit * busyness(day) * (0.9 + 0.2 * random.nextDouble()));
            generateDay(day, (int) Math.min(count, visits - written));
            if (written >= visits) {
                break;
            }
        }
        flush();
        return written;
    }

    private void generateDay(LocalDate day, int count) {
        Map<String, Integer> numbers = new HashMap<>();
        Instant closing = day.atTime(CLOSING).atZone(OfficeClock.ZONE).toInstant();
        int[] load = new int[ARRIVALS_BY_HALF_HOUR.length];
        List<Instant> arrivals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int slot = VisitSimulator.pick(random, ARRIVALS_BY_HALF_HOUR);
            load[slot]++;
            arrivals.add(day.atTime(LocalTime.of(8, 30).plusMinutes(30L * slot + random.nextInt(30)))
                    .plusSeconds(random.nextInt(60)).atZone(OfficeClock.ZONE).toInstant());
        }
        arrivals.sort(null); // tickets are numbered in order of arrival
        for (Instant arrival : arrivals) {
            int slot = (int) (java.time.Duration.between(day.atTime(8, 30).atZone(OfficeClock.ZONE).toInstant(), arrival)
                    .toMinutes() / 30);
            double crowd = Math.min(3.0, load[Math.min(slot, load.length - 1)] / (count / 18.0 + 1));
            visit(day, arrival, crowd, closing, numbers);
            if (pending.getOrDefault("visit", List.of()).size() >= BATCH) {
                flush();
            }
        }
    }

    private void visit(LocalDate day, Instant arrival, double crowd, Instant closing, Map<String, Integer> numbers) {
        String id = new UUID(random.nextLong(), random.nextLong()).toString();
        List<Object[]> procedures = simulator.procedures();
        List<QueueEvent> events = simulator.events(id, arrival, crowd, procedures, department -> new TicketNumber(
                VisitSimulator.prefixOf(department), numbers.merge(department, 1, Integer::sum)), closing);
        add("visit", new Object[] {id, day, events.get(0).ticketNumber().orElseThrow(), utc(arrival), "generator",
                "move-in", "生成 太郎", "東京都千代田区霞が関一丁目1番1号",
                LocalDate.of(1940 + random.nextInt(65), 1 + random.nextInt(12), 1 + random.nextInt(28)), "1"});
        for (int p = 0; p < procedures.size(); p++) {
            add("visit_procedure", new Object[] {id, p, procedures.get(p)[0]});
        }
        for (QueueEvent e : events) {
            add("queue_event", new Object[] {e.visitId(), e.type().name(), e.department(), e.toDepartment().orElse(null),
                    e.procedureId().orElse(null), e.counter().orElse(null), e.clerk().orElse(null), utc(e.at()),
                    e.ticketNumber().orElse(null), e.reservationId().orElse(null)});
            e.ticketNumber().ifPresent(n -> add("queue_ticket_number", new Object[] {day, n, id}));
        }
        VisitTimeline.replay(id, events).spans().forEach(s -> add("queue_span", QueueSpans.row(s)));
        written++;
    }

    private void add(String table, Object[] row) {
        pending.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
    }

    private void flush() {
        Map<String, String> columns = Map.of("visit", VISIT_COLUMNS, "visit_procedure", "visit_id, ordinal, procedure_id",
                "queue_event", QueueEventLog.EVENT_COLUMNS, "queue_span", QueueSpans.COLUMNS,
                "queue_ticket_number", "office_day, ticket_number, visit_id");
        for (String table : List.of("visit", "visit_procedure", "queue_event", "queue_span", "queue_ticket_number")) {
            List<Object[]> rows = pending.getOrDefault(table, List.of());
            if (!rows.isEmpty()) {
                sink.rows(table, columns.get(table), rows);
            }
        }
        long batch = pending.getOrDefault("visit", List.of()).size();
        if (written / 100_000 != (written - batch) / 100_000) {
            LOG.info("{} visits written", written);
        }
        pending.clear();
    }

    static boolean isOpen(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !(day.getMonthValue() == 1 && day.getDayOfMonth() <= 3)
                && !(day.getMonthValue() == 12 && day.getDayOfMonth() >= 29);
    }

    private static double busyness(LocalDate day) {
        double season = switch (day.getMonthValue()) {
            case 3, 4 -> 1.8;
            case 5, 9, 10 -> 1.1;
            case 8, 12 -> 0.8;
            default -> 1.0;
        };
        double weekday = switch (day.getDayOfWeek()) {
            case MONDAY -> 1.25;
            case FRIDAY -> 1.1;
            case WEDNESDAY -> 0.9;
            default -> 1.0;
        };
        return season * weekday;
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
