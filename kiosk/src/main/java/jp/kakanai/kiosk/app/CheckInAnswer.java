package jp.kakanai.kiosk.app;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import jp.kakanai.forms.homeqr.HomeQrSymbol;
import jp.kakanai.forms.checkin.CheckInReceipt;
import jp.kakanai.kiosk.checkin.CheckInOutcome;
import jp.kakanai.kiosk.checkin.ServerReply;

/**
 * The local API's answer to a check-in: {@code accepted} with the ticket number, {@code server-unreachable}
 * (the page says so, keeps everything and retries), {@code rejected} (staff help; {@code field} says what the
 * server refused), {@code reception-closed} (the day's reception ended before the ticket was issued: the page
 * says so kindly with the hours, no staff ticket either), or {@code repeat}: the same resident checked in earlier today ({@code earlier}: that
 * ticket and life event), and the page asks whether to add to it. The visit id stays inside the kiosk.
 */
public record CheckInAnswer(String outcome, Optional<String> ticketNumber, Optional<String> error,
                            Optional<String> field, Optional<String> statusUrl, Optional<String> statusQr,
                            Optional<Earlier> earlier) {

    /** The resident's earlier visit of today, as the page words its question. */
    public record Earlier(String ticketNumber, String lifeEvent) {
    }

    CheckInAnswer(String outcome, Optional<String> ticketNumber, Optional<String> error, Optional<String> field) {
        this(outcome, ticketNumber, error, field, Optional.empty(), Optional.empty(), Optional.empty());
    }

    static CheckInAnswer repeat(String ticketNumber, String lifeEvent) {
        return new CheckInAnswer("repeat", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(new Earlier(ticketNumber, lifeEvent)));
    }

    static CheckInAnswer refused(String error, Optional<String> field) {
        return new CheckInAnswer("rejected", Optional.empty(), Optional.of(error), field);
    }

    static CheckInAnswer unreachable(String detail) {
        return new CheckInAnswer("server-unreachable", Optional.empty(), Optional.of(detail), Optional.empty());
    }

    /** With the town's status page, the ticket carries it as a QR code (an SVG data URL) for the resident's phone. */
    static CheckInAnswer accepted(CheckInReceipt receipt) {
        Optional<String> url = Optional.ofNullable(receipt.statusUrl());
        return new CheckInAnswer("accepted", Optional.of(receipt.ticketNumber()), Optional.empty(), Optional.empty(),
                url, url.map(CheckInAnswer::qrDataUrl), Optional.empty());
    }

    private static String qrDataUrl(String text) {
        return "data:image/svg+xml;base64," + Base64.getEncoder()
                .encodeToString(HomeQrSymbol.of(text).svg().getBytes(StandardCharsets.UTF_8));
    }

    static CheckInAnswer unreachable(CheckInOutcome.ServerUnreachable outcome) {
        return unreachable(outcome.detail());
    }

    /** The route could not be worked out before the check-in (server away or refusing). */
    static CheckInAnswer of(RouteAnswer failedRoute) {
        return new CheckInAnswer(failedRoute.outcome(), Optional.empty(), failedRoute.error(), failedRoute.field());
    }

    static CheckInAnswer rejected(CheckInOutcome.Rejected outcome) {
        return outcome.receptionClosed() ? receptionClosed(outcome.error()) : refused(outcome.error(), outcome.field());
    }

    /** A new ticket (a check-in, a help ticket) the server refused because the day's reception has ended. */
    static CheckInAnswer receptionClosed(String error) {
        return new CheckInAnswer(ServerReply.RECEPTION_CLOSED, Optional.empty(), Optional.of(error), Optional.empty());
    }

    boolean receptionClosed() {
        return outcome.equals(ServerReply.RECEPTION_CLOSED);
    }
}
