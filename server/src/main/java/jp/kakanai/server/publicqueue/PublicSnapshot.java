package jp.kakanai.server.publicqueue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the public pages may know of the queue, as the staff servers publish it ({@code public_snapshot}):
 * ticket numbers, counters, how many wait where and since when, estimates, and the usual congestion. Nothing
 * about a person: no name, address, birth date, visit id or kiosk. Times that only grow with the clock
 * (how long someone has waited) are kept as the instant they started, so the content changes only when the
 * queue does, and each reader works them out against the snapshot's "as of" time ({@link PublicViews}).
 */
public record PublicSnapshot(LocalDate officeDay, List<Department> departments, List<Ticket> tickets, Usual usual) {
    public PublicSnapshot {
        departments = List.copyOf(departments);
        tickets = List.copyOf(tickets);
    }

    /**
     * One department in walking order: its calls (newest first), how many wait, since when the longest
     * waiting ticket waits (empty: nobody waits), and the estimate for someone arriving now (empty: none yet).
     */
    public record Department(String department, String name, List<Call> called, int waiting,
                             Optional<Instant> longestWaitingSince, Optional<Long> estimatedWaitMinutes) {
        public Department {
            called = List.copyOf(called);
        }
    }

    public record Call(String ticketNumber, String counter, Instant calledAt) {
    }

    /**
     * One open ticket of the day: its present number and the numbers it had at earlier departments (a
     * resident follows the printed one), its status (WAITING, CALLED, SERVING, NO_SHOW), how many wait
     * before it, the counter once called, and the estimate while it waits.
     */
    public record Ticket(String ticketNumber, List<String> earlierNumbers, String department, String status, int ahead,
                         Instant enteredQueueAt, String counter, Optional<Long> estimatedWaitMinutes) {
        public Ticket {
            earlierNumbers = List.copyOf(earlierNumbers);
        }
    }

    /** The usual congestion per department, weekday and hour over the weeks {@code from}–{@code to}. */
    public record Usual(LocalDate from, LocalDate to, List<UsualDepartment> departments) {
        public Usual {
            departments = List.copyOf(departments);
        }
    }

    public record UsualDepartment(String department, String name, List<Cell> cells) {
        public UsualDepartment {
            cells = List.copyOf(cells);
        }
    }

    /** One weekday × hour of a department: tickets per week on average, mean wait (empty: nobody waited). */
    public record Cell(int weekday, int hour, double ticketsPerWeek, Optional<Long> meanWaitMinutes) {
    }
}
