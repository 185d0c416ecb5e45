package jp.kakanai.kiosk.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Set;
import jp.kakanai.forms.checkin.CheckInReceipt;
import jp.kakanai.kiosk.checkin.ServerReply;
import jp.kakanai.kiosk.help.HelpRequestId;
import jp.kakanai.kiosk.help.HelpTicketClient;

/**
 * No dead end without a ticket: a resident the kiosk cannot check in (one PIN try left, a locked PIN, no
 * card, a forgotten PIN, wrong data, an unreadable card, a refused check-in) gets a ticket to the staff
 * desk, marked for help with the reason on the clerk's list. Like a check-in's ticket, it ends the
 * resident's data at the kiosk (a card read, if any, is dropped) and is not issued twice: a retry in the
 * same session sends the same request id.
 */
final class HelpTickets {
    static final Set<String> REASONS = Set.of("one-try-left", "pin-locked", "forgot-pin", "no-card",
            "card-unreadable", "data-wrong", "rejected");

    private final KioskSession session;
    private final HelpTicketClient client;
    private HelpRequestId pending;
    private long pendingGeneration = -1;

    HelpTickets(KioskSession session, HelpTicketClient client) {
        this.session = Objects.requireNonNull(session);
        this.client = Objects.requireNonNull(client);
    }

    synchronized CheckInAnswer request(String reason) {
        if (reason == null || !REASONS.contains(reason)) {
            throw LocalProblem.badField("reason", "The reason must be one of " + REASONS + ".");
        }
        SessionSnapshot now = session.snapshot();
        if (now.receipt().isPresent()) {
            return CheckInAnswer.accepted(now.receipt().get());
        }
        session.touch();
        if (pending == null || pendingGeneration != now.generation()) {
            pending = HelpRequestId.random();
            pendingGeneration = now.generation();
        }
        ServerReply<JsonNode> reply = client.request(pending, reason);
        if (reply instanceof ServerReply.Answered<JsonNode> answered) {
            JsonNode ticket = answered.value();
            CheckInReceipt receipt = new CheckInReceipt(pending.value(), ticket.path("ticketNumber").asText(),
                    ticket.hasNonNull("statusUrl") ? ticket.get("statusUrl").asText() : null);
            session.checkedIn(now.generation(), receipt);
            return CheckInAnswer.accepted(receipt);
        }
        if (reply instanceof ServerReply.Refused<JsonNode> refused) {
            return refused.receptionClosed() ? CheckInAnswer.receptionClosed(refused.error())
                    : CheckInAnswer.refused(refused.error(), refused.field());
        }
        return CheckInAnswer.unreachable(((ServerReply.Unreachable<JsonNode>) reply).detail());
    }
}
