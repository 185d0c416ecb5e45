package jp.kakanai.kiosk.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.kakanai.forms.checkin.Address;
import jp.kakanai.forms.checkin.Member;
import jp.kakanai.forms.checkin.MoveFacts;
import jp.kakanai.forms.homeqr.HomeQrPayload;
import jp.kakanai.kiosk.checkin.AddressClient;
import jp.kakanai.kiosk.checkin.ServerReply;
import jp.kakanai.kiosk.navigation.NavigationClient;
import jp.kakanai.kiosk.navigation.NavigationQuery;

/**
 * What the resident tells the kiosk about the visit, and the server's route for it: the life event, the
 * answers, the household, the move (its addresses checked by the server's address master) and the event's own
 * date; after each, the route as the answers stand (the next question, the procedures, the forms needing the
 * My Number). The local API's checks of form are here; which ids exist is the town pack's, on the server.
 */
public final class KioskQuestions {
    private final KioskSession session;
    private final NavigationClient navigation;
    private final AddressClient addresses;

    KioskQuestions(KioskSession session, NavigationClient navigation, AddressClient addresses) {
        this.session = Objects.requireNonNull(session);
        this.navigation = Objects.requireNonNull(navigation);
        this.addresses = Objects.requireNonNull(addresses);
    }

    /** A home-prepared QR code read by {@link jp.kakanai.kiosk.qr.QrResource}: it stands in for a card reading. */
    public void acceptHomeQr(HomeQrPayload payload) {
        session.homeQrRead(payload);
        // The move made at home (異動日, new address) is checked again by the server's address master, as if picked
        // here; should the town's list have changed since, the resident picks the address at the kiosk instead.
        payload.move().ifPresent(this::move);
    }

    public void chooseLifeEvent(String event) {
        // Which events exist is the town pack's (on the server, which refuses an unknown one); here only its form.
        if (event == null || event.length() > 40 || !event.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw LocalProblem.badField("lifeEvent", "Life event must be the id of one of the town's life events, e.g. move-in.");
        }
        ResidentAtKiosk.require(session.snapshot());
        session.lifeEvent(event);
    }

    /** The route as the answers stand: the next question, the procedures, the forms needing the My Number. */
    public RouteAnswer route() {
        SessionSnapshot now = session.snapshot();
        ResidentAtKiosk resident = ResidentAtKiosk.require(now);
        String event = now.lifeEvent().orElseThrow(() -> LocalProblem.notNow("Choose the reason for the visit first."));
        VisitAnswers visit = session.visit();
        ServerReply<JsonNode> reply = navigation.navigate(new NavigationQuery(event,
                new NavigationQuery.Resident(resident.basicFour().birthDate(), resident.myNumberCardRead()),
                visit.navigationHousehold(), visit.answers()));
        if (reply instanceof ServerReply.Answered<JsonNode> answered) {
            session.navigated(visit.revision(), answered.value());
            return RouteAnswer.answered(answered.value(), visit.householdAnswered(),
                    MyNumberForms.neededBy(answered.value()), visit.answerCount());
        }
        return RouteAnswer.of(reply);
    }

    public RouteAnswer answer(String questionId, String value) {
        ResidentAtKiosk.require(session.snapshot());
        if (questionId == null || !questionId.matches("[a-z0-9-]{1,64}") || KioskSession.HOUSEHOLD.equals(questionId)) {
            throw LocalProblem.badField("questionId", "Not a question id.");
        }
        if (value == null || !value.matches("[a-z0-9-]{1,64}")) {
            throw LocalProblem.badField("value", "Not an answer value.");
        }
        session.answer(questionId, value);
        return route();
    }

    /** {@code members} empty: living alone; {@code null}: the resident does not know (the clerk asks). */
    public RouteAnswer household(List<Member> members) {
        ResidentAtKiosk.require(session.snapshot());
        if (members != null) {
            HouseholdEntries.check(members, session.today());
        }
        session.household(members);
        return route();
    }

    /**
     * The move's date and addresses (転入・転出・転居): each address is checked by the server's address master first
     * (a town address gets its printed text and postcode), so that the check-in cannot fail on it later.
     */
    public MoveAnswer move(MoveFacts move) {
        ResidentAtKiosk.require(session.snapshot());
        if (move == null) {
            throw LocalProblem.badField("move", "This field is required.");
        }
        Optional<Address> newAddress = Optional.empty();
        Optional<Address> previous = Optional.empty();
        if (move.newAddress().isPresent()) {
            ServerReply<AddressClient.Checked> reply = addresses.check(move.newAddress().get());
            if (!(reply instanceof ServerReply.Answered<AddressClient.Checked> checked)) {
                return MoveAnswer.of(reply, "newAddress");
            }
            newAddress = Optional.of(checked.value().address());
        }
        if (move.previousAddress().isPresent()) {
            ServerReply<AddressClient.Checked> reply = addresses.check(move.previousAddress().get());
            if (!(reply instanceof ServerReply.Answered<AddressClient.Checked> checked)) {
                return MoveAnswer.of(reply, "previousAddress");
            }
            previous = Optional.of(checked.value().address());
        }
        MoveFacts checked = new MoveFacts(move.date(), newAddress, previous);
        session.move(checked);
        return MoveAnswer.accepted(checked);
    }

    /** The event's own date: 死亡日 for a death (the forms' deceased.deathDate), 出生日 for a birth. */
    public void eventDate(LocalDate date) {
        ResidentAtKiosk.require(session.snapshot());
        session.eventDate(date);
    }

    /** The town's 町字 for the address picker, as the server's address master lists them. */
    public ServerReply<JsonNode> town() {
        session.touch();
        return addresses.town();
    }

    public RouteAnswer back() {
        ResidentAtKiosk.require(session.snapshot());
        session.back();
        return route();
    }

    /** The procedures the route says are needed (the check-in's, or an addition's to an earlier visit). */
    List<String> neededProcedures() {
        List<String> procedures = new ArrayList<>();
        session.visit().navigation().ifPresent(route -> route.path("items").forEach(item -> {
            if ("needed".equals(item.path("certainty").asText())) {
                procedures.add(item.path("procedureId").asText());
            }
        }));
        return procedures;
    }
}
