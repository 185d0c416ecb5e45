package jp.kakanai.kiosk.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jp.kakanai.forms.checkin.Address;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.forms.checkin.Household;
import jp.kakanai.forms.checkin.Member;
import jp.kakanai.forms.checkin.MoveFacts;
import jp.kakanai.forms.homeqr.HomeQrPayload;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.kiosk.card.CardPresence;
import jp.kakanai.kiosk.card.CardReadResult;
import jp.kakanai.kiosk.card.CardReading;
import jp.kakanai.kiosk.card.CardType;
import jp.kakanai.kiosk.card.IdCardReader;
import jp.kakanai.kiosk.checkin.AddressClient;
import jp.kakanai.kiosk.checkin.CheckInClient;
import jp.kakanai.kiosk.checkin.CheckInOutcome;
import jp.kakanai.kiosk.checkin.IdempotencyKey;
import jp.kakanai.kiosk.checkin.ServerReply;
import jp.kakanai.kiosk.navigation.ChecklistFacts;
import jp.kakanai.kiosk.navigation.NavigationClient;
import jp.kakanai.kiosk.navigation.NavigationQuery;
import jp.kakanai.forms.text.Redacted;

/**
 * The resident's way through the kiosk, behind the local API: read the card with the PIN, choose the life
 * event, answer the server's questions, check in. The resources stay thin; the rules are here.
 */
public final class KioskFlow implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(KioskFlow.class.getName());
    /** The checklist answers are sent once more this long after a failed try, then left to the clerk. */
    private static final long FACTS_RETRY_SECONDS = 10;

    private final KioskSession session;
    private final IdCardReader reader;
    private final CheckInClient checkIns;
    private final NavigationClient navigation;
    private final MyNumberForms myNumberForms;
    private final AddressClient addresses;
    private final Optional<String> readerName;
    private final CardLeftBehind cardLeft = new CardLeftBehind();
    private final FamilyCards familyCards;
    /** One check-in at a time: a double tap waits for the first attempt and then sees its ticket. */
    private final Object checkInLock = new Object();
    private final ScheduledExecutorService factsRetry = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kiosk-facts-retry");
        t.setDaemon(true);
        return t;
    });

    public KioskFlow(KioskSession session, IdCardReader reader, CheckInClient checkIns, NavigationClient navigation,
                     MyNumberForms myNumberForms, AddressClient addresses, Optional<String> readerName) {
        this.session = Objects.requireNonNull(session);
        this.reader = Objects.requireNonNull(reader);
        this.checkIns = Objects.requireNonNull(checkIns);
        this.navigation = Objects.requireNonNull(navigation);
        this.myNumberForms = Objects.requireNonNull(myNumberForms);
        this.addresses = Objects.requireNonNull(addresses);
        this.readerName = Objects.requireNonNull(readerName);
        this.familyCards = new FamilyCards(session, reader);
    }

    public KioskSession session() {
        return session;
    }

    /** For the card watcher: the card leaving the reader wipes what was read from it. */
    public void presenceChanged(CardPresence presence) {
        boolean present = presence.cardPresent(readerName);
        cardLeft.presence(present);
        if (!present && !familyCards.reading()) {
            session.cardRemoved();
        }
    }

    /** How many cards were put on the reader since the kiosk started (the household screen sees a member's). */
    public long cardArrivals() {
        return cardLeft.arrivals();
    }

    /** A card left on the reader by the previous resident must be taken first: the page asks for it. */
    public boolean cardMustBeTaken() {
        return cardLeft.mustBeTaken();
    }

    /** Tries left, asked without spending one (the PIN pad shows them before the first digit). */
    public CardAnswer triesLeft() {
        if (cardLeft.mustBeTaken()) {
            return CardAnswer.cardLeft();
        }
        session.touch();
        return CardAnswer.of(reader.pinTriesLeft());
    }

    /** Verifies the PIN and reads the card; the PIN array is wiped whatever happens. */
    public CardAnswer read(char[] pin) {
        if (cardLeft.mustBeTaken()) {
            return CardAnswer.cardLeft();
        }
        session.touch();
        CardReadResult result = reader.readBasicFour(pin);
        if (result instanceof CardReadResult.Read read) {
            session.read(read.reading());
        }
        return CardAnswer.of(result);
    }

    /**
     * Reads the My Number (EF 0001) for the forms of the route that print it: a second PIN entry, so the
     * number is read only when a form needs it and no verified card session is held open meanwhile. The
     * card must be the one read first (a different card is refused and nothing of it is kept).
     */
    public CardAnswer readMyNumber(char[] pin) {
        CardReading first = requireReading(session.snapshot());
        // 番号法: the number is collected only for a procedure whose form prints it; the card is not even asked.
        if (session.navigation().map(myNumberForms::neededBy).filter(forms -> !forms.isEmpty()).isEmpty()) {
            throw LocalProblem.notNow("No form of the chosen procedures prints the My Number, so it is not read.");
        }
        session.touch();
        CardReadResult result = reader.readBasicFourAndMyNumber(pin);
        if (!(result instanceof CardReadResult.Read read)) {
            return CardAnswer.of(result);
        }
        if (!read.reading().basicFour().equals(first.basicFour()) || read.reading().myNumber().isEmpty()) {
            return CardAnswer.otherCard();
        }
        session.myNumber(read.reading().myNumber().get());
        return CardAnswer.of(new CardReadResult.Read(first)).withMyNumber(read.reading().myNumber().get().masked());
    }

    /** The household screen reads family members' own cards: the applicant's card may leave the reader. */
    public void openFamilyCards() {
        requireResident(session.snapshot());
        familyCards.open();
    }

    public void closeFamilyCards() {
        familyCards.close();
    }

    /** A family member's card with its PIN: their name, birth date and sex for the household, kept nowhere. */
    public CardAnswer readFamilyMember(char[] pin) {
        return familyCards.read(pin, requireResident(session.snapshot()).basicFour());
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
        requireResident(session.snapshot());
        session.lifeEvent(event);
    }

    /** The route as the answers stand: the next question, the procedures, the forms needing the My Number. */
    public RouteAnswer route() {
        KioskSession.Snapshot now = session.snapshot();
        Resident resident = requireResident(now);
        String event = now.lifeEvent().orElseThrow(() -> LocalProblem.notNow("Choose the reason for the visit first."));
        long revision = session.revision();
        ServerReply<JsonNode> reply = navigation.navigate(new NavigationQuery(event,
                new NavigationQuery.Resident(resident.basicFour().birthDate(), resident.myNumberCardRead()),
                session.navigationHousehold(), session.orderedAnswers()));
        if (reply instanceof ServerReply.Answered<JsonNode> answered) {
            session.navigated(revision, answered.value());
            return RouteAnswer.answered(answered.value(), session.householdAnswered(),
                    myNumberForms.neededBy(answered.value()), session.answerCount());
        }
        return RouteAnswer.of(reply);
    }

    public RouteAnswer answer(String questionId, String value) {
        requireResident(session.snapshot());
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
        requireResident(session.snapshot());
        if (members != null) {
            HouseholdEntries.check(members);
        }
        session.household(members);
        return route();
    }

    /**
     * The move's date and addresses (転入・転出・転居): each address is checked by the server's address master first
     * (a town address gets its printed text and postcode), so that the check-in cannot fail on it later.
     */
    public MoveAnswer move(MoveFacts move) {
        requireResident(session.snapshot());
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
        requireResident(session.snapshot());
        session.eventDate(date);
    }

    /** The town's 町字 for the address picker, as the server's address master lists them. */
    public ServerReply<JsonNode> town() {
        session.touch();
        return addresses.town();
    }

    public RouteAnswer back() {
        requireResident(session.snapshot());
        session.back();
        return route();
    }

    /**
     * Checks the resident in, or answers the ticket already issued. Retries (the resident's button or the
     * page's timer) send the same request with the same idempotency key, so the server never issues a
     * second ticket. The answers follow as the visit's checklist facts.
     */
    public CheckInAnswer checkIn() {
        synchronized (checkInLock) {
            KioskSession.Snapshot now = session.snapshot();
            if (now.receipt().isPresent()) {
                return CheckInAnswer.accepted(now.receipt().get());
            }
            Resident resident = requireResident(now);
            String event = now.lifeEvent().orElseThrow(() -> LocalProblem.notNow("Choose the reason for the visit first."));
            if (!now.checkInPending() && session.navigation().isEmpty()) {
                RouteAnswer route = route();
                if (!route.outcome().equals("answered")) {
                    return CheckInAnswer.of(route);
                }
            }
            KioskSession.PendingCheckIn pending = session.pendingCheckIn(() -> draft(resident, event));
            CheckInOutcome outcome = checkIns.checkIn(pending.checkIn(), pending.key());
            if (outcome instanceof CheckInOutcome.Accepted accepted) {
                if (session.checkedIn(now.generation(), accepted.receipt())) {
                    sendFacts(accepted.receipt().visitId(), pending.facts(), true);
                }
                return CheckInAnswer.accepted(accepted.receipt());
            }
            if (outcome instanceof CheckInOutcome.Rejected rejected) {
                session.checkInRefused(now.generation());
                return CheckInAnswer.rejected(rejected);
            }
            return CheckInAnswer.unreachable((CheckInOutcome.ServerUnreachable) outcome);
        }
    }

    /** The procedures the route says are needed (the check-in's, or an addition's to an earlier visit). */
    List<String> neededProcedures() {
        List<String> procedures = new ArrayList<>();
        session.navigation().ifPresent(route -> route.path("items").forEach(item -> {
            if ("needed".equals(item.path("certainty").asText())) {
                procedures.add(item.path("procedureId").asText());
            }
        }));
        return procedures;
    }

    private KioskSession.PendingCheckIn draft(Resident resident, String event) {
        List<String> procedures = neededProcedures();
        ChecklistFacts facts = new ChecklistFacts(0, session.orderedAnswers(), session.navigationHousehold(),
                resident.myNumberCardRead());
        // Everything collected travels with the check-in (issue 13): a home QR's kana, the household with what is
        // known of each member, the move, the answers; the facts call after it only adds that a card was read.
        CheckIn checkIn = new CheckIn(resident.basicFour(), event, procedures, Optional.empty(), resident.kana(),
                session.household().map(Household::of), session.eventFacts(), session.orderedAnswers());
        // Sent only while a form of the route still prints it (an answer changed after reading may drop it).
        boolean formsNeedIt = session.navigation().map(route -> !myNumberForms.neededBy(route).isEmpty()).orElse(false);
        if (formsNeedIt && session.myNumber().isPresent()) {
            checkIn = checkIn.withMyNumber(session.myNumber().get().digits());
        }
        checkIn = checkIn.withReservation(session.reservation().orElse(null));
        return new KioskSession.PendingCheckIn(IdempotencyKey.random(), checkIn, facts);
    }

    /** The answers settle the visit's checklist; if the server is away, once more a little later. */
    private void sendFacts(String visitId, ChecklistFacts facts, boolean retryOnFailure) {
        if (facts.answers().isEmpty() && facts.household().isEmpty()) {
            return;
        }
        ServerReply<JsonNode> reply = navigation.sendFacts(visitId, facts);
        if (reply instanceof ServerReply.Unreachable<JsonNode> && retryOnFailure) {
            factsRetry.schedule(() -> sendFacts(visitId, facts, false), FACTS_RETRY_SECONDS, TimeUnit.SECONDS);
        } else if (!(reply instanceof ServerReply.Answered<JsonNode>)) {
            // No answers in the log line: the clerk sees the open questions on the checklist and asks.
            LOG.log(System.Logger.Level.WARNING, "The kiosk's answers for visit {0} did not reach the server ({1});"
                    + " the clerk will ask the open questions", visitId, reply.getClass().getSimpleName());
        }
    }

    private static boolean cardRead(CardReading reading) {
        return reading.cardType() == CardType.MY_NUMBER_CARD;
    }

    /** Who is at the kiosk: from the card, or from a home-prepared QR code (then no card was read; kana may come). */
    private record Resident(BasicFourInfo basicFour, boolean myNumberCardRead, Optional<String> kana) {
        @Override
        public String toString() {
            return Redacted.record(this, "basicFour", "myNumberCardRead");
        }
    }

    private static Resident requireResident(KioskSession.Snapshot now) {
        if (now.receipt().isEmpty() && now.homeQr().isPresent()) {
            return new Resident(now.homeQr().get().resident(), false, now.homeQr().get().kana());
        }
        CardReading reading = requireReading(now);
        return new Resident(reading.basicFour(), cardRead(reading), Optional.empty());
    }

    private static CardReading requireReading(KioskSession.Snapshot now) {
        if (now.receipt().isPresent()) {
            throw LocalProblem.notNow("This visit is checked in already; start over for another one.");
        }
        return now.reading().orElseThrow(() -> LocalProblem.notNow("Read the card first."));
    }

    public void touch() {
        session.touch();
    }

    /** The resident finished or started over: everything is forgotten, a card left behind is asked for. */
    public void reset() {
        session.wipe(ResetReason.RESIDENT);
        cardLeft.sessionEnded();
    }

    /** For the idle timer: after the timeout everything is forgotten, a card left behind is asked for. */
    public void expireIfIdle() {
        if (session.expireIfIdle()) {
            cardLeft.sessionEnded();
        }
    }

    @Override
    public void close() {
        factsRetry.shutdownNow();
    }
}
