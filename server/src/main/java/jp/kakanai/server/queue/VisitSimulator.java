package jp.kakanai.server.queue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * One generated visit's events, as clerks would have produced them: a ticket (some reserved), waits that
 * grow with the hour's crowd, 1-3 procedures in walking order with transfers between departments, some
 * no-shows (of whom 40% never come back), some residents who give up before the call and a few still
 * waiting when the office closes. Used by {@link HistoryGenerator}.
 */
final class VisitSimulator {
    /** Procedure, its department, mean service minutes, relative frequency. */
    static final List<Object[]> PROCEDURES = List.of(
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
    private static final int[] WEIGHTS = PROCEDURES.stream().mapToInt(p -> (int) p[3]).toArray();
    private final SplittableRandom random;
    private final int countersPerDepartment;

    VisitSimulator(SplittableRandom random, int countersPerDepartment) {
        this.random = random;
        this.countersPerDepartment = countersPerDepartment;
    }

    /** The procedures of a visit, in walking order. */
    List<Object[]> procedures() {
        int n = 1 + (random.nextInt(100) < 45 ? 1 : 0) + (random.nextInt(100) < 20 ? 1 : 0);
        List<Object[]> chosen = new ArrayList<>();
        while (chosen.size() < n) {
            Object[] p = PROCEDURES.get(pick(random, WEIGHTS));
            if (!chosen.contains(p)) {
                chosen.add(p);
            }
        }
        chosen.sort((a, b) -> WALKING_ORDER.get((String) a[1]) - WALKING_ORDER.get((String) b[1]));
        return chosen;
    }

    /**
     * The events of a visit arriving at {@code arrival} with these procedures; {@code tickets} hands out
     * the day's next number for a department, {@code closing} is when the office closes that day.
     */
    List<QueueEvent> events(String id, Instant arrival, double crowd, List<Object[]> procedures,
                            java.util.function.Function<String, TicketNumber> tickets, Instant closing) {
        List<QueueEvent> events = new ArrayList<>();
        String first = (String) procedures.get(0)[1];
        Optional<String> reservation = random.nextInt(100) < 5 ? Optional.of(new UUID(random.nextLong(), random.nextLong()).toString()) : Optional.empty();
        events.add(QueueEvent.issued(id, first, tickets.apply(first), reservation, arrival));
        Instant t = arrival;
        String department = first;
        Counter desk = counter();
        for (int p = 0; p < procedures.size(); p++) {
            String procedureDepartment = (String) procedures.get(p)[1];
            if (!procedureDepartment.equals(department)) {
                events.add(QueueEvent.transferred(id, department, procedureDepartment, tickets.apply(procedureDepartment),
                        desk, t));
                department = procedureDepartment;
            }
            if (p == 0 || !procedures.get(p - 1)[1].equals(department)) {
                long wait = reservation.isPresent() && p == 0 ? 60 + random.nextInt(240)
                        : waitSeconds(crowd, department.equals(first));
                if (t.plusSeconds(wait).isAfter(closing)) {
                    events.add(QueueEvent.closedAtDayEnd(id, department, closing));
                    return events;
                }
                if (random.nextInt(100) < 2) {
                    events.add(QueueEvent.byClerk(id, QueueEventType.CLOSED, department, desk,
                            t.plusSeconds(wait / 2)));
                    return events; // gave up before the call
                }
                desk = counter();
                t = t.plusSeconds(wait);
                events.add(QueueEvent.byClerk(id, QueueEventType.CALLED, department, desk, t));
                if (random.nextInt(100) < 3) {
                    t = t.plusSeconds(120);
                    events.add(QueueEvent.byClerk(id, QueueEventType.NO_SHOW, department, desk, t));
                    if (random.nextInt(100) < 40) {
                        events.add(QueueEvent.byClerk(id, QueueEventType.CLOSED, department, desk, t.plusSeconds(900)));
                        return events; // never came back
                    }
                    t = t.plusSeconds(300 + random.nextInt(900));
                    events.add(QueueEvent.byClerk(id, QueueEventType.CALLED, department, desk, t));
                }
                t = t.plusSeconds(30 + random.nextInt(90));
                events.add(QueueEvent.byClerk(id, QueueEventType.SERVICE_STARTED, department, desk, t));
            }
            int meanMinutes = (int) procedures.get(p)[2];
            t = t.plusSeconds(Math.round(meanMinutes * 60 * (0.5 + random.nextDouble() + random.nextDouble() * random.nextDouble())));
            events.add(QueueEvent.procedureDone(id, department, (String) procedures.get(p)[0], desk, t));
        }
        events.add(QueueEvent.byClerk(id, QueueEventType.CLOSED, department, desk, t));
        return events;
    }

    /** The default ticket prefix of a department (walking order A, B, C, …). */
    static String prefixOf(String department) {
        return PREFIX.get(department);
    }

    private Counter counter() {
        return new Counter((1 + random.nextInt(countersPerDepartment)) + "番窓口", "generator");
    }

    /** Exponential-ish waits: 8 minutes on a calm hour at the first desk, longer when crowded. */
    private long waitSeconds(double crowd, boolean firstDesk) {
        double meanMinutes = (firstDesk ? 8 : 5) * (0.5 + crowd);
        return Math.round(-Math.log(1 - random.nextDouble()) * meanMinutes * 60);
    }

    static int pick(SplittableRandom random, int[] weights) {
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
}
