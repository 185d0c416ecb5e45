package jp.kakanai.server.queue;

import java.time.Instant;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.api.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The town's office hours as the server applies them: a resident's new ticket is refused once reception has
 * ended (409, code {@code reception-closed}, a sentence naming the time), judged at the instant its number is
 * taken (see {@link TicketIssuer#issueOnArrival}); what happens at the day's end is {@link DayClosing}'s.
 */
@Component
public class OfficeDay {
    public static final String RECEPTION_CLOSED = "reception-closed";
    private static final Logger LOG = LoggerFactory.getLogger(OfficeDay.class);
    private final OfficeHours hours;
    private final OfficeClock clock;

    public OfficeDay(QueueProperties properties, OfficeClock clock) {
        this.hours = properties.officeHours();
        this.clock = clock;
        if (properties.closingTime() != null && properties.receptionEnds() == null) {
            LOG.warn("{} is set and {} is not: reception ends at the closing time ({}), and whoever is still waiting"
                            + " then is closed as not served; set {} (e.g. 17:15) to serve them until {}",
                    OfficeHours.CLOSING_TIME, OfficeHours.RECEPTION_ENDS, hours.dayEnds(), OfficeHours.RECEPTION_ENDS,
                    hours.dayEnds());
        }
        LOG.info("Office day: reception ends at {}, the day ends at {} (Asia/Tokyo)", hours.receptionEnds(),
                hours.dayEnds());
    }

    public OfficeHours hours() {
        return hours;
    }

    public boolean receptionOpenNow() {
        return hours.receptionOpenAt(clock.now());
    }

    /** Refuses a new ticket issued at {@code at} after its day's reception has ended. */
    void requireReceptionOpen(Instant at) {
        if (!hours.receptionOpenAt(at)) {
            throw receptionClosed();
        }
    }

    /** The refusal of a new ticket after reception has ended, as the kiosk shows it to the resident. */
    public ApiProblem receptionClosed() {
        String time = hours.receptionEnds().japanese();
        return new ApiProblem(409, "本日の受付は" + time + "で終了しました。お手数ですが、次の開庁日にお越しください。"
                + " Reception closed at " + hours.receptionEnds() + " today; please come again on the next"
                + " opening day.", null, RECEPTION_CLOSED);
    }
}
