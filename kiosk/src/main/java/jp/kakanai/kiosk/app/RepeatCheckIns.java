package jp.kakanai.kiosk.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import jp.kakanai.forms.checkin.CheckInReceipt;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.kiosk.checkin.ServerReply;
import jp.kakanai.kiosk.repeat.RepeatVisitClient;

/**
 * The same card (or home QR code) checking in a second time the same day: before the check-in the kiosk asks
 * the server for the resident's earlier visits today, and if there is one the page asks the resident whether
 * to add to it ({@code add}: the first ticket stays, the new procedures join that visit's checklist) or to
 * take a separate ticket ({@code separate}: a normal check-in, which the clerks' list flags as the same
 * person's second). Without an answer from the server the check-in goes on as usual.
 */
final class RepeatCheckIns {
    private final KioskFlow flow;
    private final RepeatVisitClient client;
    /** The earlier visit found for the session of this generation, and the id of its addition. */
    private long askedGeneration = -1;
    private Optional<JsonNode> earlier = Optional.empty();
    private String additionId;

    RepeatCheckIns(KioskFlow flow, RepeatVisitClient client) {
        this.flow = Objects.requireNonNull(flow);
        this.client = Objects.requireNonNull(client);
    }

    /** {@code choice}: empty the first time; {@code add} or {@code separate} once the resident answered. */
    synchronized CheckInAnswer checkIn(Optional<String> choice) {
        SessionSnapshot now = flow.session().snapshot();
        Optional<BasicFourInfo> resident = residentOf(now);
        if (now.receipt().isPresent() || now.checkInPending() || resident.isEmpty()) {
            return flow.checkIn().attempt();
        }
        if (askedGeneration != now.generation()) {
            askedGeneration = now.generation();
            earlier = firstEarlierVisit(resident.get());
            additionId = UUID.randomUUID().toString();
        }
        if (earlier.isEmpty() || choice.filter("separate"::equals).isPresent()) {
            return flow.checkIn().attempt();
        }
        if (choice.isEmpty()) {
            return CheckInAnswer.repeat(earlier.get().path("ticketNumber").asText(), earlier.get().path("lifeEvent").asText());
        }
        if (!choice.get().equals("add")) {
            throw LocalProblem.badField("repeat", "Either add or separate.");
        }
        return add(now, resident.get(), earlier.get());
    }

    private CheckInAnswer add(SessionSnapshot now, BasicFourInfo resident, JsonNode first) {
        RouteAnswer route = flow.questions().route();
        if (!route.outcome().equals("answered")) {
            return CheckInAnswer.of(route);
        }
        String event = now.lifeEvent().orElseThrow(() -> LocalProblem.notNow("Choose the reason for the visit first."));
        ServerReply<JsonNode> reply = client.add(first.path("visitId").asText(), additionId, resident.name(),
                resident.birthDate(), event, flow.questions().neededProcedures());
        if (reply instanceof ServerReply.Answered<JsonNode> answered) {
            JsonNode added = answered.value();
            CheckInReceipt receipt = new CheckInReceipt(added.path("visitId").asText(), added.path("ticketNumber").asText(),
                    added.hasNonNull("statusUrl") ? added.get("statusUrl").asText() : null);
            flow.session().checkedIn(now.generation(), receipt);
            return CheckInAnswer.accepted(receipt);
        }
        if (reply instanceof ServerReply.Refused<JsonNode> refused) {
            return CheckInAnswer.refused(refused.error(), refused.field());
        }
        return CheckInAnswer.unreachable(((ServerReply.Unreachable<JsonNode>) reply).detail());
    }

    private Optional<JsonNode> firstEarlierVisit(BasicFourInfo resident) {
        ServerReply<JsonNode> reply = client.earlierToday(resident.name(), resident.birthDate());
        if (reply instanceof ServerReply.Answered<JsonNode> answered && answered.value().isArray()
                && !answered.value().isEmpty()) {
            return Optional.of(answered.value().get(0));
        }
        return Optional.empty();
    }

    private static Optional<BasicFourInfo> residentOf(SessionSnapshot now) {
        return now.reading().map(r -> r.basicFour()).or(() -> now.homeQr().map(q -> q.resident()));
    }
}
