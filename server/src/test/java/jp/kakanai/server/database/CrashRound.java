package jp.kakanai.server.database;

import static jp.kakanai.server.HttpFixture.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.resident.Sex;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.visit.CheckInFixture;
import jp.kakanai.server.visit.IdempotencyKey;

/**
 * One round of the crash experiment (issue 14 §1): a burst of concurrent check-ins, each with its own
 * {@code Idempotency-Key}, while a clerk calls tickets and settles checklist items; {@code kill -9} once a
 * given number of check-ins were answered; a restart on the same database; every key sent again. Then:
 * every acknowledged check-in comes back as the very same receipt (visit id and ticket), every acknowledged
 * call and checklist change is still there, and no ticket number belongs to two visits.
 */
final class CrashRound {
    private static final String DESK = "{\"counter\": \"crash-desk\"}";
    private static final int STAGGER_MILLIS = 40;
    static final int WAITING_BEFORE_THE_BURST = 3;

    /** Starts a server on the round's database (the same one every time it is called). */
    interface Launcher {
        ServerProcess start() throws Exception;
    }

    /** What a round saw; {@code problems} lists every broken promise (empty when the round is clean). */
    record Outcome(int sent, int acknowledged, int acknowledgedSteps, int committedButUnanswered,
                   int visitsAfter, List<String> problems) {
    }

    private final Launcher launcher;
    private final int burst;
    private final int killAfter;
    private final Map<String, JsonNode> acknowledged = new ConcurrentHashMap<>();
    private final Map<String, String> calledVisits = new ConcurrentHashMap<>();
    private final Map<String, String> settledItems = new ConcurrentHashMap<>();

    CrashRound(Launcher launcher, int burst, int killAfter) {
        this.launcher = launcher;
        this.burst = burst;
        this.killAfter = killAfter;
    }

    Outcome run() throws Exception {
        String round = Long.toString(System.nanoTime(), 36);
        try (ServerProcess server = launcher.start()) {
            burstAndKill(server, round);
        }
        try (ServerProcess server = launcher.start()) {
            return retryAndCheck(server, round);
        }
    }

    private void burstAndKill(ServerProcess server, String round) throws Exception {
        HttpFixture kiosk = new HttpFixture(server.base()).asKiosk();
        CountDownLatch enoughAnswers = new CountDownLatch(killAfter);
        // The first few arrive before the burst, so that the clerk has tickets to call from its first moment.
        for (int i = 0; i < WAITING_BEFORE_THE_BURST; i++) {
            String key = round + "-" + i;
            var answer = kiosk.postJson("/api/visits", body(i), IdempotencyKey.HEADER, key);
            if (answer.statusCode() / 100 == 2) {
                acknowledged.put(key, json(answer));
                enoughAnswers.countDown();
            }
        }
        AtomicBoolean killed = new AtomicBoolean();
        HttpFixture loggedInClerk = new HttpFixture(server.base()).loggedInAsClerk();
        // One call answered before the burst, so that every round has a step to check; more follow during it.
        callNext(loggedInClerk);
        Thread clerk = new Thread(() -> clerkWorks(loggedInClerk, killed));
        clerk.start();
        // The kill comes from its own thread the moment enough check-ins were answered, in the middle of sending.
        CompletableFuture<Void> kill = CompletableFuture.runAsync(() -> {
            try {
                enoughAnswers.await(120, TimeUnit.SECONDS);
                killed.set(true);
                server.kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        List<CompletableFuture<?>> pending = new ArrayList<>();
        for (int i = WAITING_BEFORE_THE_BURST; i < burst && !killed.get(); i++) {
            // Kiosks do not all press at the same microsecond: the burst spreads over about a second, and
            // dozens of check-ins are in flight at any moment of it.
            Thread.sleep(STAGGER_MILLIS);
            String key = round + "-" + i;
            pending.add(kiosk.postJsonAsync("/api/visits", body(i), IdempotencyKey.HEADER, key)
                    .thenAccept(answer -> {
                        if (answer.statusCode() / 100 == 2) {
                            acknowledged.put(key, json(answer));
                            enoughAnswers.countDown();
                        }
                    }));
        }
        kill.get(180, TimeUnit.SECONDS);
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null)
                .get(60, TimeUnit.SECONDS);
        clerk.join(60_000);
    }

    /** Calls the next ticket and settles one of its checklist items, again and again, until the kill. */
    private void clerkWorks(HttpFixture clerk, AtomicBoolean killed) {
        try {
            while (!killed.get()) {
                var called = callNext(clerk);
                if (called.isEmpty()) {
                    Thread.sleep(20);
                    continue;
                }
                String visit = called.get();
                JsonNode checklist = json(clerk.get("/api/visits/" + visit + "/checklist"));
                for (JsonNode department : checklist.get("departments")) {
                    for (JsonNode item : department.get("items")) {
                        if (item.get("status").asText().equals("todo")) {
                            var changed = clerk.sendJson("PATCH", "/api/visits/" + visit + "/checklist/items/"
                                    + item.get("id").asText(), "{\"version\": " + item.get("version").asInt()
                                    + ", \"status\": \"not-needed\", \"notNeededReason\": \"crash test\"}");
                            if (changed.statusCode() == 200) {
                                settledItems.put(visit, item.get("id").asText());
                            }
                            break;
                        }
                    }
                    if (settledItems.containsKey(visit)) {
                        break;
                    }
                }
            }
        } catch (UncheckedIOException | IllegalStateException serverGone) {
            // the kill: what was answered before it is recorded
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The visit called, when someone was waiting and the call was answered. */
    private Optional<String> callNext(HttpFixture clerk) {
        HttpResponse<String> called = clerk.postJson("/api/queue/shimin/call-next", DESK);
        if (called.statusCode() != 200) {
            return Optional.empty();
        }
        String visit = json(called).get("visitId").asText();
        calledVisits.put(visit, "CALLED");
        return Optional.of(visit);
    }

    private Outcome retryAndCheck(ServerProcess server, String round) {
        HttpFixture kiosk = new HttpFixture(server.base()).asKiosk();
        HttpFixture clerk = new HttpFixture(server.base()).asClerk();
        List<String> problems = new ArrayList<>();
        int committedButUnanswered = 0;
        for (int i = 0; i < burst; i++) {
            String key = round + "-" + i;
            var retry = kiosk.postJson("/api/visits", body(i), IdempotencyKey.HEADER, key);
            JsonNode first = acknowledged.get(key);
            if (retry.statusCode() / 100 != 2) {
                problems.add("retry of " + key + " answered " + retry.statusCode() + ": " + retry.body());
            } else if (first != null && !sameReceipt(first, json(retry))) {
                problems.add("acknowledged " + first + " but the retry of " + key + " gave " + retry.body()
                        + " (" + retry.statusCode() + ")");
            } else if (first == null && retry.statusCode() == 200) {
                committedButUnanswered++;
            }
        }
        JsonNode visits = json(clerk.get("/api/visits?date=" + LocalDate.now(jp.kakanai.server.OfficeClock.ZONE)));
        Map<String, String> ticketOwners = new HashMap<>();
        Set<String> visitIds = new HashSet<>();
        for (JsonNode visit : visits) {
            visitIds.add(visit.get("id").asText());
            String previous = ticketOwners.put(visit.get("ticketNumber").asText(), visit.get("id").asText());
            if (previous != null) {
                problems.add("ticket " + visit.get("ticketNumber").asText() + " issued twice: " + previous + ", "
                        + visit.get("id").asText());
            }
        }
        acknowledged.forEach((key, receipt) -> {
            String visit = receipt.get("visitId").asText();
            String owner = ticketOwners.get(receipt.get("ticketNumber").asText());
            if (!visitIds.contains(visit)) {
                problems.add("missing visit " + visit + ": acknowledged, not in the day's list");
            }
            if (owner != null && !owner.equals(visit)) {
                problems.add("ticket " + receipt.get("ticketNumber").asText() + " acknowledged to visit " + visit
                        + " now belongs to visit " + owner + " too");
            }
        });
        checkSteps(clerk, problems);
        return new Outcome(burst, acknowledged.size(), calledVisits.size() + settledItems.size(),
                committedButUnanswered, visits.size(), problems);
    }

    private void checkSteps(HttpFixture clerk, List<String> problems) {
        Map<String, String> statusOf = new HashMap<>();
        json(clerk.get("/api/queue")).forEach(t -> statusOf.put(t.get("visitId").asText(), t.get("status").asText()));
        calledVisits.keySet().forEach(visit -> {
            if (!"CALLED".equals(statusOf.get(visit))) {
                problems.add("visit " + visit + " was called (200) but is " + statusOf.get(visit) + " after the restart");
            }
        });
        settledItems.forEach((visit, item) -> {
            JsonNode checklist = json(clerk.get("/api/visits/" + visit + "/checklist"));
            boolean settled = checklist.findValues("items").stream().flatMap(items -> {
                List<JsonNode> list = new ArrayList<>();
                items.forEach(list::add);
                return list.stream();
            }).anyMatch(i -> i.get("id").asText().equals(item) && i.get("status").asText().equals("not-needed"));
            if (!settled) {
                problems.add("checklist item " + item + " of visit " + visit + " was answered 200 but is not settled");
            }
        });
    }

    private static boolean sameReceipt(JsonNode first, JsonNode retry) {
        return first.get("visitId").equals(retry.get("visitId")) && first.get("ticketNumber").equals(retry.get("ticketNumber"));
    }

    /** A different resident for each attempt, so a mixed-up replay cannot pass for the right one. */
    private static String body(int i) {
        var resident = new BasicFourInfo("耐久 試験" + i, "東京都千代田区霞が関二丁目1番" + (i + 1) + "号",
                LocalDate.of(1950, 1, 1).plusDays(i * 97L), i % 2 == 0 ? Sex.FEMALE : Sex.MALE);
        return CheckInFixture.json(new CheckIn(resident, "move-in", List.of("resident-move-in", "juminhyo-request")));
    }
}
