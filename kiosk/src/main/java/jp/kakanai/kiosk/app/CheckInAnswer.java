package jp.kakanai.kiosk.app;

import java.util.Optional;
import jp.kakanai.forms.checkin.CheckInReceipt;
import jp.kakanai.kiosk.checkin.CheckInOutcome;

/**
 * The local API's answer to a check-in: {@code accepted} with the ticket number, {@code server-unreachable}
 * (the page says so, keeps everything and retries), or {@code rejected} (staff help; {@code field} says
 * what the server refused). The visit id stays inside the kiosk.
 */
public record CheckInAnswer(String outcome, Optional<String> ticketNumber, Optional<String> error,
                            Optional<String> field) {

    static CheckInAnswer accepted(CheckInReceipt receipt) {
        return new CheckInAnswer("accepted", Optional.of(receipt.ticketNumber()), Optional.empty(), Optional.empty());
    }

    static CheckInAnswer unreachable(CheckInOutcome.ServerUnreachable outcome) {
        return new CheckInAnswer("server-unreachable", Optional.empty(), Optional.of(outcome.detail()), Optional.empty());
    }

    /** The route could not be worked out before the check-in (server away or refusing). */
    static CheckInAnswer of(RouteAnswer failedRoute) {
        return new CheckInAnswer(failedRoute.outcome(), Optional.empty(), failedRoute.error(), failedRoute.field());
    }

    static CheckInAnswer rejected(CheckInOutcome.Rejected outcome) {
        return new CheckInAnswer("rejected", Optional.empty(), Optional.of(outcome.error()), outcome.field());
    }
}
