package jp.kakanai.server.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import jp.kakanai.server.OfficeClock;

/**
 * The two times of an office day (docs/queue.md "Closing the day"): when reception ends (受付終了: no new ticket
 * after it, {@code kakanai.queue.reception-ends}) and when the day ends (the tickets still open are closed "not
 * served at closing", {@code kakanai.queue.closing-time}). Between the two the clerks serve everyone who came in
 * time, transfers to another department included. Reception never ends after the day.
 */
public record OfficeHours(TimeOfDay receptionEnds, TimeOfDay dayEnds) {
    static final String RECEPTION_ENDS = "kakanai.queue.reception-ends";
    static final String CLOSING_TIME = "kakanai.queue.closing-time";
    /** 受付終了 of most town halls (勤務時間 8:30–17:15). */
    static final TimeOfDay DEFAULT_RECEPTION_ENDS = TimeOfDay.of(17, 15);
    /** Late enough to serve a busy evening's last residents (docs/queue.md says why), early enough to settle the day. */
    static final TimeOfDay DEFAULT_DAY_ENDS = TimeOfDay.of(20, 0);

    public OfficeHours {
        if (receptionEnds.compareTo(dayEnds) > 0) {
            throw new IllegalArgumentException("Kakanai configuration: " + RECEPTION_ENDS + " (" + receptionEnds
                    + ") must not be after " + CLOSING_TIME + " (" + dayEnds + "), the end of the office day when the"
                    + " tickets still open are closed; set " + CLOSING_TIME + " later or " + RECEPTION_ENDS + " earlier");
        }
    }

    /**
     * From the settings as written. A town that set only {@code closing-time} (before reception had its own
     * time) keeps what it had: reception open until then, and the day ending then.
     */
    static OfficeHours of(Optional<String> receptionEnds, Optional<String> closingTime) {
        TimeOfDay dayEnds = closingTime.map(text -> TimeOfDay.parse(CLOSING_TIME, text)).orElse(DEFAULT_DAY_ENDS);
        TimeOfDay reception = receptionEnds.map(text -> TimeOfDay.parse(RECEPTION_ENDS, text))
                .orElse(closingTime.isPresent() ? dayEnds : DEFAULT_RECEPTION_ENDS);
        return new OfficeHours(reception, dayEnds);
    }

    public Instant receptionEndsOn(LocalDate day) {
        return receptionEnds.on(day);
    }

    public Instant dayEndsOn(LocalDate day) {
        return dayEnds.on(day);
    }

    /** Whether a ticket issued at {@code at} is still within its office day's reception. */
    public boolean receptionOpenAt(Instant at) {
        return at.isBefore(receptionEndsOn(OfficeClock.dayOf(at)));
    }
}
