package jp.kakanai.kiosk.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.forms.checkin.Household;
import jp.kakanai.kiosk.checkin.CheckInClient;
import jp.kakanai.kiosk.checkin.CheckInOutcome;
import jp.kakanai.kiosk.checkin.IdempotencyKey;
import jp.kakanai.kiosk.checkin.ServerReply;
import jp.kakanai.kiosk.navigation.ChecklistFacts;
import jp.kakanai.kiosk.navigation.NavigationClient;

/**
 * Checks the resident in, or answers the ticket already issued. Retries (the resident's button or the page's
 * timer) send the same request with the same idempotency key, so the server never issues a second ticket. The
 * answers follow as the visit's checklist facts.
 */
public final class KioskCheckIn implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(KioskCheckIn.class.getName());
    /** The checklist answers are sent once more this long after a failed try, then left to the clerk. */
    private static final long FACTS_RETRY_SECONDS = 10;

    private final KioskSession session;
    private final KioskQuestions questions;
    private final CheckInClient checkIns;
    private final NavigationClient navigation;
    /** One check-in at a time: a double tap waits for the first attempt and then sees its ticket. */
    private final Object checkInLock = new Object();
    private final ScheduledExecutorService factsRetry = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kiosk-facts-retry");
        t.setDaemon(true);
        return t;
    });

    KioskCheckIn(KioskSession session, KioskQuestions questions, CheckInClient checkIns, NavigationClient navigation) {
        this.session = Objects.requireNonNull(session);
        this.questions = Objects.requireNonNull(questions);
        this.checkIns = Objects.requireNonNull(checkIns);
        this.navigation = Objects.requireNonNull(navigation);
    }

    public CheckInAnswer attempt() {
        synchronized (checkInLock) {
            SessionSnapshot now = session.snapshot();
            if (now.receipt().isPresent()) {
                return CheckInAnswer.accepted(now.receipt().get());
            }
            ResidentAtKiosk resident = ResidentAtKiosk.require(now);
            String event = now.lifeEvent().orElseThrow(() -> LocalProblem.notNow("Choose the reason for the visit first."));
            if (!now.checkInPending() && session.visit().navigation().isEmpty()) {
                RouteAnswer route = questions.route();
                if (!route.outcome().equals("answered")) {
                    return CheckInAnswer.of(route);
                }
            }
            PendingCheckIn pending = session.pendingCheckIn(() -> draft(resident, event));
            CheckInOutcome outcome = checkIns.checkIn(pending.checkIn(), pending.key());
            if (outcome instanceof CheckInOutcome.Accepted accepted) {
                if (session.checkedIn(now.generation(), accepted.receipt())) {
                    sendFacts(accepted.receipt().visitId(), pending.facts(), true);
                }
                return CheckInAnswer.accepted(accepted.receipt());
            }
            if (outcome instanceof CheckInOutcome.Rejected rejected) {
                session.checkInRefused(now.generation());
                if (rejected.field().filter("myNumber"::equals).isPresent() && pending.checkIn().myNumber().isPresent()
                        && session.forgetMyNumber(now.generation())) {
                    // The town's pack changed between the route and the check-in and no form of it prints the number
                    // any more (the server refused it): the check-in goes again without it, under a new key; the
                    // counter asks for the number if a form needs it after all. Once only: no number is left to send.
                    return attempt();
                }
                return CheckInAnswer.rejected(rejected);
            }
            return CheckInAnswer.unreachable((CheckInOutcome.ServerUnreachable) outcome);
        }
    }

    private PendingCheckIn draft(ResidentAtKiosk resident, String event) {
        VisitAnswers visit = session.visit();
        ChecklistFacts facts = new ChecklistFacts(0, visit.answers(), visit.navigationHousehold(),
                resident.myNumberCardRead());
        // Everything collected travels with the check-in (issue 13): a home QR's kana, the household with what is
        // known of each member, the move, the answers; the facts call after it only adds that a card was read.
        CheckIn checkIn = new CheckIn(resident.basicFour(), event, questions.neededProcedures(), Optional.empty(),
                resident.kana(), visit.household().map(Household::of), visit.eventFacts(), visit.answers());
        // Sent only while a form of the route still prints it (an answer changed after reading may drop it).
        boolean formsNeedIt = visit.navigation().map(route -> !MyNumberForms.neededBy(route).isEmpty()).orElse(false);
        if (formsNeedIt && session.myNumber().isPresent()) {
            checkIn = checkIn.withMyNumber(session.myNumber().get().digits());
        }
        checkIn = checkIn.withReservation(session.reservation().orElse(null));
        return new PendingCheckIn(IdempotencyKey.random(), checkIn, facts);
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

    @Override
    public void close() {
        factsRetry.shutdownNow();
    }
}
