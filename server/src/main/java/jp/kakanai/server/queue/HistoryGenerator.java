package jp.kakanai.server.queue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import jp.kakanai.server.OfficeClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a realistic history of visits straight into the database, through the same
 * {@link VisitTimeline} as live traffic: about 400 visits per opening day (a city of 60,000), weekdays
 * only, Mondays and the March–April moving season busier, arrivals peaking at 9–10 and 13–14 o'clock,
 * 1–3 procedures per visit, service times per procedure, waits that grow with the hour's load, some
 * no-shows and transfers. Deterministic for a given seed. Used by {@code GenerateHistory}.
 */
public final class HistoryGenerator {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryGenerator.class);
    private static final int BATCH = 2_000;
    /** Procedure, its department, mean service minutes, relative frequency. */
    private static final List<Object[]> PROCEDURES = List.of(
            new Object[] {"resident-move-in", "shimin", 12, 20}, new Object[] {"resident-move-out", "shimin", 8, 14},
            new Object[] {"resident-move-within", "shimin", 8, 10}, new Object[] {"juminhyo-request", "shimin", 4, 30},
            new Object[] {"seal-registration", "shimin", 6, 8}, new Object[] {"my-number-card", "shimin", 10, 8},
            new Object[] {"nhi-enroll", "hoken-nenkin", 10, 9}, new Object[] {"nhi-withdraw", "hoken-nenkin", 7, 7},
            new Object[] {"national-pension", "hoken-nenkin", 9, 6}, new Object[] {"late-elderly-medical", "hoken-nenkin", 9, 3},
            new Object[] {"long-term-care", "kaigo", 15, 3}, new Object[] {"child-allowance", "kodomo", 12, 4},
            new Object[] {"child-medical-subsidy", "kodomo", 8, 4}, new Object[] {"school-transfer", "gakumu", 10, 2},
            new Object[] {"dog-registration-change", "kankyo", 5, 1});
    private static final Map<String, Integer> WALKING_ORDER = Map.of("shimin", 1, "hoken-nenkin", 2, "kaigo", 3,
            "kodomo", 4, "gakumu", 5, "kankyo", 6);
    private static final Map<String, String> PREFIX = Map.of("shimin", "A", "hoken-nenkin", "B", "kaigo", "C",
            "kodomo", "D", "gakumu", "E", "kankyo", "F");
    /** Relative arrivals per half hour from 8:30 to 17:00. */
    private static final int[] ARRIVALS_BY_HALF_HOUR = {6, 9, 10, 10, 9, 8, 6, 5, 7, 9, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final Counter DESK = new Counter("1番窓口", "generator");

    private final JdbcTemplate jdbc;
    private final SplittableRandom random;
    private final List<Object[]> visitRows = new ArrayList<>();
    private final List<Object[]> procedureRows = new ArrayList<>();
    private final List<Object[]> eventRows = new ArrayList<>();
    private final List<Object[]> measureRows = new ArrayList<>();
    private long written;

    public HistoryGenerator(JdbcTemplate jdbc, long seed) {
        this.jdbc = jdbc;
        this.random = new SplittableRandom(seed);
    }

    /** About {@code visits} visits on the opening days up to and including {@code lastDay}; returns the count. */
    public long generate(long visits, LocalDate lastDay) {
        List<LocalDate> days = new ArrayList<>();
        long expected = 0;
        for (LocalDate day = lastDay; expected < visits; day = day.minusDays(1)) {
            if (isOpen(day)) {
                days.add(0, day);
                expected += Math.round(400 * busyness(day));
            }
        }
        for (LocalDate day : days) {
            long count = Math.round(400 * busyness(day) * (0.9 + 0.2 * random.nextDouble()));
            generateDay(day, (int) Math.min(count, visits - written));
            if (written >= visits) {
                break;
            }
        }
        flush();
        return written;
    }

    private void generateDay(LocalDate day, int count) {
        Map<String, int[]> tickets = new java.util.HashMap<>();
        int[] load = new int[ARRIVALS_BY_HALF_HOUR.length];
        for (int i = 0; i < count; i++) {
            int slot = pick(ARRIVALS_BY_HALF_HOUR);
            load[slot]++;
            Instant arrival = day.atTime(LocalTime.of(8, 30).plusMinutes(30L * slot + random.nextInt(30)))
                    .plusSeconds(random.nextInt(60)).atZone(OfficeClock.ZONE).toInstant();
            double crowd = Math.min(3.0, load[slot] / (count / 18.0 + 1));
            visit(day, arrival, crowd, tickets);
            if (visitRows.size() >= BATCH) {
                flush();
            }
        }
    }

    private void visit(LocalDate day, Instant arrival, double crowd, Map<String, int[]> tickets) {
        String id = new UUID(random.nextLong(), random.nextLong()).toString();
        List<Object[]> procedures = chooseProcedures();
        String first = (String) procedures.get(0)[1];
        int number = ++tickets.computeIfAbsent(first, d -> new int[1])[0];
        visitRows.add(new Object[] {id, day, PREFIX.get(first) + "-" + String.format("%03d", number),
                utc(arrival), "generator", "move-in", "生成 太郎", "東京都千代田区霞が関一丁目1番1号",
                LocalDate.of(1940 + random.nextInt(65), 1 + random.nextInt(12), 1 + random.nextInt(28)), "1"});
        for (int p = 0; p < procedures.size(); p++) {
            procedureRows.add(new Object[] {id, p, procedures.get(p)[0]});
        }
        List<QueueEvent> events = new ArrayList<>();
        Instant t = arrival;
        events.add(QueueEvent.issued(id, first, t));
        String department = first;
        for (int p = 0; p < procedures.size(); p++) {
            String procedureDepartment = (String) procedures.get(p)[1];
            if (!procedureDepartment.equals(department)) {
                events.add(QueueEvent.transferred(id, department, procedureDepartment, DESK, t));
                department = procedureDepartment;
            }
            if (p == 0 || !procedures.get(p - 1)[1].equals(department)) {
                t = t.plusSeconds(waitSeconds(crowd, department.equals(first)));
                events.add(QueueEvent.byClerk(id, QueueEventType.CALLED, department, DESK, t));
                if (random.nextInt(100) < 3) {
                    t = t.plusSeconds(120);
                    events.add(QueueEvent.byClerk(id, QueueEventType.NO_SHOW, department, DESK, t));
                    if (random.nextInt(100) < 40) {
                        break; // never came back
                    }
                    t = t.plusSeconds(300 + random.nextInt(900));
                    events.add(QueueEvent.byClerk(id, QueueEventType.CALLED, department, DESK, t));
                }
                t = t.plusSeconds(30 + random.nextInt(90));
                events.add(QueueEvent.byClerk(id, QueueEventType.SERVICE_STARTED, department, DESK, t));
            }
            int meanMinutes = (int) procedures.get(p)[2];
            t = t.plusSeconds(Math.round(meanMinutes * 60 * (0.5 + random.nextDouble() + random.nextDouble() * random.nextDouble())));
            events.add(QueueEvent.procedureDone(id, department, (String) procedures.get(p)[0], DESK, t));
            if (p == procedures.size() - 1) {
                events.add(QueueEvent.byClerk(id, QueueEventType.CLOSED, department, DESK, t));
            }
        }
        for (QueueEvent e : events) {
            eventRows.add(new Object[] {e.visitId(), e.type().name(), e.department(), e.toDepartment().orElse(null),
                    e.procedureId().orElse(null), e.counter().orElse(null), e.clerk().orElse(null), utc(e.at())});
        }
        for (Span span : VisitTimeline.replay(id, events).spans()) {
            measureRows.add(QueueSpans.row(span));
        }
        written++;
    }

    /** Exponential-ish waits: 8 minutes on a calm hour at the first desk, longer when crowded. */
    private long waitSeconds(double crowd, boolean firstDesk) {
        double meanMinutes = (firstDesk ? 8 : 5) * (0.5 + crowd);
        return Math.round(-Math.log(1 - random.nextDouble()) * meanMinutes * 60);
    }

    private List<Object[]> chooseProcedures() {
        int n = 1 + (random.nextInt(100) < 45 ? 1 : 0) + (random.nextInt(100) < 20 ? 1 : 0);
        List<Object[]> chosen = new ArrayList<>();
        int[] weights = PROCEDURES.stream().mapToInt(p -> (int) p[3]).toArray();
        while (chosen.size() < n) {
            Object[] p = PROCEDURES.get(pick(weights));
            if (!chosen.contains(p)) {
                chosen.add(p);
            }
        }
        chosen.sort((a, b) -> WALKING_ORDER.get((String) a[1]) - WALKING_ORDER.get((String) b[1]));
        return chosen;
    }

    private int pick(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static boolean isOpen(LocalDate day) {
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
        return season * weekday * 0.85;
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private void flush() {
        jdbc.batchUpdate("insert into visit (id, visit_date, ticket_number, checked_in_at, kiosk_id, life_event,"
                + " resident_name, resident_address, birth_date, sex) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", visitRows);
        jdbc.batchUpdate("insert into visit_procedure (visit_id, ordinal, procedure_id) values (?, ?, ?)", procedureRows);
        jdbc.batchUpdate("insert into queue_event (visit_id, event_type, department, to_department, procedure_id,"
                + " counter_name, clerk, occurred_at) values (?, ?, ?, ?, ?, ?, ?, ?)", eventRows);
        jdbc.batchUpdate(QueueSpans.INSERT, measureRows, QueueSpans.TYPES);
        if (written / 50_000 != (written - visitRows.size()) / 50_000) {
            LOG.info("{} visits written", written);
        }
        visitRows.clear();
        procedureRows.clear();
        eventRows.clear();
        measureRows.clear();
    }

}
