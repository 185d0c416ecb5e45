package jp.kakanai.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import jp.kakanai.forms.resident.JapanDay;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javax.smartcardio.TerminalFactory;
import jp.kakanai.kiosk.KioskJson;
import jp.kakanai.kiosk.card.emulated.DemoCards;
import jp.kakanai.kiosk.card.emulated.EmulatedMyNumberCard;
import jp.kakanai.kiosk.card.emulated.EmulatedReader;
import jp.kakanai.kiosk.card.emulated.EmulatedReaders;
import jp.kakanai.kiosk.checkin.RecordingServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The kiosk app over real local HTTP, with an emulated card in the reader and a recording server behind it. */
class KioskAppTest {
    private final RecordingServer server = new RecordingServer();
    private final EmulatedReaders readers = new EmulatedReaders();
    private final EmulatedReader reader = readers.addReader("Kiosk reader");
    private final HttpClient http = HttpClient.newHttpClient();
    private KioskApp kiosk;

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
        server.close();
    }

    @Test
    void theResidentReadsTheCardWithThePinAndGetsATicket() {
        EmulatedMyNumberCard card = start(DemoCards.myNumberCard(), Duration.ofSeconds(60));

        JsonNode tries = get("api/card/tries");
        assertThat(tries.get("outcome").asText()).isEqualTo("tries-left");
        assertThat(tries.get("triesLeft").asInt()).isEqualTo(3);
        JsonNode read = send("POST", "api/card/read", "{\"pin\":\"1234\"}").body;
        assertThat(read.get("outcome").asText()).isEqualTo("read");
        assertThat(read.at("/resident/name").asText()).isEqualTo("山田 花子");
        assertThat(read.at("/resident/birthDateWareki").asText()).isEqualTo("昭和64年1月7日");
        assertThat(read.at("/resident/sex").asText()).isEqualTo("2");
        assertThat(send("PUT", "api/visit/life-event", "{\"lifeEvent\":\"move-in\"}").status).isEqualTo(200);

        JsonNode answer = send("POST", "api/visit/check-in", null).body;

        assertThat(answer.get("outcome").asText()).isEqualTo("accepted");
        assertThat(answer.get("ticketNumber").asText()).isEqualTo("A-001");
        assertThat(answer.has("visitId")).as("the visit id stays in the kiosk").isFalse();
        assertThat(server.received(RecordingServer.CHECK_IN)).singleElement().satisfies(r -> {
            assertThat(r.idempotencyKey()).isNotBlank();
            assertThat(r.body()).contains("山田 花子", "\"lifeEvent\":\"move-in\"");
        });
        JsonNode state = get("api/state");
        assertThat(state.get("ticketNumber").asText()).isEqualTo("A-001");
        assertThat(state.has("resident")).as("personal data dropped once the ticket is out").isFalse();
        assertThat(card.triesLeft()).isEqualTo(3);
    }

    @Test
    void aSecondTapOnCheckInShowsTheSameTicketWithoutAskingTheServerAgain() {
        start(DemoCards.myNumberCard(), Duration.ofSeconds(60));
        readAndChoose();
        send("POST", "api/visit/check-in", null);
        JsonNode again = send("POST", "api/visit/check-in", null).body;
        assertThat(again.get("ticketNumber").asText()).isEqualTo("A-001");
        assertThat(server.received(RecordingServer.CHECK_IN)).hasSize(1);
    }

    @Test
    void aWrongPinShowsTheTriesLeft() {
        EmulatedMyNumberCard card = start(DemoCards.myNumberCard(), Duration.ofSeconds(60));

        JsonNode answer = send("POST", "api/card/read", "{\"pin\":\"9999\"}").body;

        assertThat(answer.get("outcome").asText()).isEqualTo("wrong-pin");
        assertThat(answer.get("triesLeft").asInt()).isEqualTo(2);
        assertThat(answer.has("resident")).isFalse();
        assertThat(card.triesLeft()).isEqualTo(2);
    }

    @Test
    void withOneTryLeftThePinIsNeverVerified() {
        EmulatedMyNumberCard card = start(EmulatedMyNumberCard.builder().triesLeft(1).build(), Duration.ofSeconds(60));

        assertThat(get("api/card/tries").get("outcome").asText()).isEqualTo("one-try-left");
        assertThat(send("POST", "api/card/read", "{\"pin\":\"1234\"}").body.get("outcome").asText()).isEqualTo("one-try-left");

        assertThat(card.triesLeft()).isEqualTo(1);
        assertThat(kiosk.session().reading()).isEmpty();
    }

    @Test
    void aLockedPinSendsTheResidentToStaff() {
        start(EmulatedMyNumberCard.builder().triesLeft(0).build(), Duration.ofSeconds(60));
        assertThat(get("api/card/tries").get("outcome").asText()).isEqualTo("pin-locked");
    }

    @Test
    void pullingTheCardWipesWhatWasRead() {
        start(DemoCards.myNumberCard(), Duration.ofSeconds(60));
        readAndChoose();
        long generation = get("api/state").get("generation").asLong();

        reader.remove();

        JsonNode state = await(s -> s.get("generation").asLong() != generation);
        assertThat(state.get("lastReset").asText()).isEqualTo("card-removed");
        assertThat(state.has("resident")).isFalse();
        assertThat(state.get("cardPresent").asBoolean()).isFalse();
        assertThat(kiosk.session().reading()).isEmpty();
        assertThat(send("POST", "api/visit/check-in", null).status).isEqualTo(409);
    }

    @Test
    void anUntouchedKioskForgetsTheResidentAfterTheIdleTimeout() {
        start(DemoCards.myNumberCard(), Duration.ofSeconds(2));
        readAndChoose();

        JsonNode state = await(s -> s.get("lastReset").asText().equals("idle"));

        assertThat(state.has("resident")).isFalse();
        assertThat(kiosk.session().reading()).isEmpty();
    }

    @Test
    void theIdleWarningShowsBeforeTheReset() {
        start(DemoCards.myNumberCard(), Duration.ofSeconds(4));
        readAndChoose();
        JsonNode warned = await(s -> s.at("/idle/warning").asBoolean());
        assertThat(warned.at("/idle/secondsLeft").asLong()).isBetween(0L, 2L);
        assertThat(warned.has("resident")).as("still there while warning").isTrue();

        JsonNode continued = send("POST", "api/activity", null).body;

        assertThat(continued.at("/idle/warning").asBoolean()).isFalse();
        assertThat(continued.at("/idle/secondsLeft").asLong()).isGreaterThan(2L);
    }

    @Test
    void aServerThatIsDownKeepsEverythingAndTheRetryUsesTheSameKey() {
        start(DemoCards.myNumberCard(), Duration.ofSeconds(60));
        readAndChoose();
        server.answer(503, "{\"error\":\"down for maintenance\"}");

        JsonNode down = send("POST", "api/visit/check-in", null).body;

        assertThat(down.get("outcome").asText()).isEqualTo("server-unreachable");
        JsonNode state = get("api/state");
        assertThat(state.at("/resident/name").asText()).isEqualTo("山田 花子");
        assertThat(state.get("lifeEvent").asText()).isEqualTo("move-in");
        assertThat(state.get("checkInPending").asBoolean()).isTrue();

        server.answer(201, "{\"visitId\":\"v-9\",\"ticketNumber\":\"A-009\"}");
        JsonNode retried = send("POST", "api/visit/check-in", null).body;

        assertThat(retried.get("ticketNumber").asText()).isEqualTo("A-009");
        var checkIns = server.received(RecordingServer.CHECK_IN);
        assertThat(checkIns).hasSize(2);
        assertThat(checkIns.get(1).idempotencyKey()).isEqualTo(checkIns.get(0).idempotencyKey());
        assertThat(checkIns.get(1).body()).isEqualTo(checkIns.get(0).body());
    }

    @Test
    void aRefusedCheckInNamesTheFieldAndTheNextAttemptIsANewRequest() {
        start(DemoCards.myNumberCard(), Duration.ofSeconds(60));
        readAndChoose();
        server.answer(400, "{\"error\":\"At most 200 characters.\",\"field\":\"resident.address\"}");

        JsonNode refused = send("POST", "api/visit/check-in", null).body;
        send("POST", "api/visit/check-in", null);

        assertThat(refused.get("outcome").asText()).isEqualTo("rejected");
        assertThat(refused.get("field").asText()).isEqualTo("resident.address");
        var checkIns = server.received(RecordingServer.CHECK_IN);
        assertThat(checkIns.get(1).idempotencyKey()).isNotEqualTo(checkIns.get(0).idempotencyKey());
    }

    @Test
    void everyAnswerIsNoStoreAndThePageComesFromTheKioskItself() {
        start(DemoCards.myNumberCard(), Duration.ofSeconds(60));

        HttpResponse<String> page = raw("GET", "", null, null);
        HttpResponse<String> script = raw("GET", "js/main.js", null, null);
        HttpResponse<String> state = raw("GET", "api/state", null, null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<html lang=\"ja\">").doesNotContain("https://");
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
        // No module of the page keeps anything in the browser (every js/*.js on the class path, as served).
        for (String module : pageModules()) {
            assertThat(raw("GET", "js/" + module, null, null).body()).as(module)
                    .doesNotContain("localStorage.", "sessionStorage.", "document.cookie", "indexedDB.");
        }
        for (HttpResponse<String> r : java.util.List.of(page, script, state)) {
            assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(c -> assertThat(c).contains("default-src 'self'"));
        }
        assertThat(raw("GET", "../pom.xml", null, null).statusCode()).isEqualTo(404);
    }

    private static java.util.List<String> pageModules() {
        try (var listing = KioskAppTest.class.getClassLoader().getResourceAsStream(StaticUi.ROOT + "js")) {
            java.util.List<String> modules = new String(listing.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(name -> name.endsWith(".js")).toList();
            assertThat(modules).as("the page's modules").contains("main.js", "state.js", "session.js");
            return modules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anotherWebsiteCannotUseTheLocalApi() throws IOException {
        start(DemoCards.myNumberCard(), Duration.ofSeconds(60));

        assertThat(raw("POST", "api/reset", "http://evil.example", null).statusCode()).isEqualTo(403);
        assertThat(raw("POST", "api/reset", "null", null).statusCode()).as("a sandboxed iframe's Origin").isEqualTo(403);
        assertThat(rawStatusWithHost("evil.example:" + kiosk.port())).isEqualTo(403);
        assertThat(raw("POST", "api/reset", kiosk.url().toString().replaceAll("/$", ""), null).statusCode()).isEqualTo(200);
    }

    @Test
    void badInputGetsAClearErrorNamingTheField() {
        start(DemoCards.myNumberCard(), Duration.ofSeconds(60));

        Reply misspelt = send("POST", "api/card/read", "{\"pni\":\"1234\"}");
        Reply malformed = send("POST", "api/card/read", "{\"pin\":");
        Reply noPin = send("POST", "api/card/read", "{}");
        Reply letters = send("POST", "api/card/read", "{\"pin\":\"12a4\"}");

        assertThat(misspelt.status).isEqualTo(400);
        assertThat(misspelt.body.get("field").asText()).isEqualTo("pni");
        assertThat(malformed.status).isEqualTo(400);
        assertThat(malformed.body.get("error").asText()).isNotBlank();
        assertThat(noPin.body.get("field").asText()).isEqualTo("pin");
        assertThat(letters.body.get("outcome").asText()).isEqualTo("invalid-pin");
        readAndChooseFails();
    }

    private static final String ROUTE = """
            {"event":"move-in","visitDate":"2025-04-01",
             "items":[
               {"procedureId":"resident-move-in","name":{"ja":"転入届","en":"Moving-in notification"},"departmentId":"citizens",
                "forms":["resident-change"],"myNumberForms":[],"certainty":"needed","reason":{"ja":"転入","en":"Moving in"},"bring":[],"concerns":["resident"],"openQuestions":[]},
               {"procedureId":"nhi-enroll","name":{"ja":"国保加入","en":"NHI"},"departmentId":"insurance",
                "forms":["nhi-enroll"],"myNumberForms":["nhi-enroll"],"certainty":"needed","reason":{"ja":"国保","en":"NHI"},"bring":[],"concerns":["resident"],"openQuestions":[]},
               {"procedureId":"child-allowance","name":{"ja":"児童手当","en":"Child allowance"},"departmentId":"children",
                "forms":["child-allowance"],"myNumberForms":["child-allowance"],"certainty":"to-confirm","reason":{"ja":"要確認","en":"To confirm"},"bring":[],"concerns":["resident"],"openQuestions":["public-servant"]}],
             "departments":[{"id":"citizens","name":{"ja":"市民課","en":"Citizens"},"walkingOrder":1,"procedureIds":["resident-move-in"]}],
             "openQuestions":[{"id":"household","type":"household","text":{"ja":"家族","en":"Household"},"choices":[]},
                              {"id":"dog","type":"yes-no","text":{"ja":"犬","en":"Dog"},"choices":[{"value":"yes"},{"value":"no"},{"value":"dont-know"}]}]}
            """;

    @Test
    void theServersQuestionsComeOneAtATimeAndTheHouseholdCanBeLeftToTheClerk() {
        start(DemoCards.myNumberCard(), Duration.ofSeconds(60));
        readAndChoose();
        server.answer(RecordingServer.NAVIGATION, 200, ROUTE);

        JsonNode first = get("api/visit/route");
        JsonNode afterHousehold = send("PUT", "api/visit/household", "{\"known\":false}").body;

        assertThat(first.at("/next/id").asText()).isEqualTo("household");
        assertThat(afterHousehold.at("/next/id").asText()).as("household not asked again").isEqualTo("dog");
        var asked = server.received(RecordingServer.NAVIGATION);
        assertThat(asked.get(0).body()).contains("\"birthDate\":\"1989-01-07\"", "\"myNumberCardRead\":true")
                .doesNotContain("山田", "霞が関");
        assertThat(asked.get(asked.size() - 1).body()).doesNotContain("household");
    }

    @Test
    void theCheckInListsTheNeededProceduresAndTheAnswersFollowAsChecklistFacts() {
        start(DemoCards.myNumberCard(), Duration.ofSeconds(60));
        readAndChoose();
        server.answer(RecordingServer.NAVIGATION, 200, ROUTE);
        send("PUT", "api/visit/household", "{\"known\":true,\"members\":[{\"relationship\":\"child\",\"birthDate\":\"2015-06-01\"}]}");
        JsonNode route = send("PUT", "api/visit/answers/dog", "{\"value\":\"yes\"}").body;
        assertThat(route.get("myNumberForms")).extracting(JsonNode::asText).containsExactly("nhi-enroll");

        JsonNode ticket = send("POST", "api/visit/check-in", null).body;

        assertThat(ticket.get("outcome").asText()).isEqualTo("accepted");
        assertThat(server.received(RecordingServer.CHECK_IN).get(0).body())
                .contains("\"procedures\":[\"resident-move-in\",\"nhi-enroll\"]");
        RecordingServer.Received facts = server.received(RecordingServer.FACTS).get(0);
        assertThat(facts.path()).isEqualTo("/api/visits/v-1/checklist/facts");
        assertThat(facts.body()).contains("\"version\":0", "\"answers\":{\"dog\":\"yes\"}",
                "\"relationship\":\"child\"", "\"birthDate\":\"2015-06-01\"", "\"deceased\":false");
        assertThat(get("api/state").at("/route/departments/0/id").asText()).as("route kept for the ticket").isEqualTo("citizens");
    }

    @Test
    void theDayOfADeathTravelsWithTheCheckInAndADayNotInTheLastYearIsRefusedNamingTheDate() {
        start(DemoCards.myNumberCard(), Duration.ofSeconds(60));
        readAndChoose();
        send("PUT", "api/visit/life-event", "{\"lifeEvent\":\"death\"}");
        LocalDate today = LocalDate.now(JapanDay.ZONE); // the kiosk's day is Japan's, the machine runs on UTC
        String diedOn = today.minusDays(3).toString();

        Reply tomorrow = send("PUT", "api/visit/event-date", "{\"date\":\"" + today.plusDays(1) + "\"}");
        Reply longAgo = send("PUT", "api/visit/event-date", "{\"date\":\"" + today.minusYears(1).minusDays(1) + "\"}");
        Reply none = send("PUT", "api/visit/event-date", "{}");
        Reply accepted = send("PUT", "api/visit/event-date", "{\"date\":\"" + diedOn + "\"}");
        send("POST", "api/visit/check-in", null);

        assertThat(List.of(tomorrow, longAgo, none)).allSatisfy(r -> {
            assertThat(r.status).isEqualTo(400);
            assertThat(r.body.get("field").asText()).isEqualTo("date");
        });
        assertThat(accepted.status).isEqualTo(200);
        assertThat(server.received(RecordingServer.CHECK_IN).get(0).body()).contains("\"event\":{\"date\":\"" + diedOn + "\"");
    }

    @Test
    void backUndoesTheLastAnswer() {
        start(DemoCards.myNumberCard(), Duration.ofSeconds(60));
        readAndChoose();
        send("PUT", "api/visit/answers/dog", "{\"value\":\"yes\"}");
        send("PUT", "api/visit/answers/seal-wanted", "{\"value\":\"no\"}");

        send("POST", "api/visit/back", null);

        var asked = server.received(RecordingServer.NAVIGATION);
        assertThat(asked.get(asked.size() - 1).body()).contains("\"dog\":\"yes\"").doesNotContain("seal-wanted");
    }

    @Test
    void whileACheckInIsUnderWayTheAnswersCannotChange() {
        start(DemoCards.myNumberCard(), Duration.ofSeconds(60));
        readAndChoose();
        server.answer(503, "{\"error\":\"down\"}");
        send("POST", "api/visit/check-in", null);

        assertThat(send("PUT", "api/visit/answers/dog", "{\"value\":\"yes\"}").status).isEqualTo(409);
        assertThat(send("PUT", "api/visit/life-event", "{\"lifeEvent\":\"birth\"}").status).isEqualTo(409);
    }

    @Test
    void aServerThatIsDownWhileAskingKeepsTheAnswers() {
        start(DemoCards.myNumberCard(), Duration.ofSeconds(60));
        readAndChoose();
        server.answer(RecordingServer.NAVIGATION, 503, "{\"error\":\"down\"}");

        JsonNode route = send("PUT", "api/visit/answers/dog", "{\"value\":\"yes\"}").body;

        assertThat(route.get("outcome").asText()).isEqualTo("server-unreachable");
        assertThat(kiosk.session().visit().answers()).containsEntry("dog", "yes");
        server.answer(RecordingServer.NAVIGATION, 200, ROUTE);
        assertThat(get("api/visit/route").get("outcome").asText()).isEqualTo("answered");
    }

    @Test
    void theMyNumberIsReadWithASecondPinOnlyForFormsThatPrintItAndTravelsWithTheCheckIn() {
        EmulatedMyNumberCard card = start(DemoCards.myNumberCard(), Duration.ofSeconds(60));
        readAndChoose();
        server.answer(RecordingServer.NAVIGATION, 200, ROUTE);
        assertThat(get("api/visit/route").get("myNumberForms")).extracting(JsonNode::asText).containsExactly("nhi-enroll");
        int commandsBefore = card.commandCount();

        JsonNode read = send("POST", "api/card/my-number", "{\"pin\":\"1234\"}").body;

        assertThat(read.get("outcome").asText()).isEqualTo("read");
        assertThat(read.at("/resident/myNumberMasked").asText()).isEqualTo("********9018");
        assertThat(read.toString()).doesNotContain(DemoCards.MY_NUMBER);
        assertThat(get("api/state").toString()).contains("********9018").doesNotContain(DemoCards.MY_NUMBER);
        assertThat(card.commandCount() - commandsBefore).as("basic 4 + EF 0001").isEqualTo(8);
        send("POST", "api/visit/check-in", null);
        assertThat(server.received(RecordingServer.CHECK_IN).get(0).body()).contains("\"myNumber\":\"" + DemoCards.MY_NUMBER + "\"");
    }

    @Test
    void withoutAFormThatPrintsItTheMyNumberIsNeitherReadNorSent() {
        EmulatedMyNumberCard card = start(DemoCards.myNumberCard(), Duration.ofSeconds(60));
        readAndChoose();
        int commandsBefore = card.commandCount();

        Reply refused = send("POST", "api/card/my-number", "{\"pin\":\"1234\"}");
        assertThat(refused.status).as("番号法: no form of the route prints it").isEqualTo(409);
        assertThat(card.commandCount()).as("the card was not even asked; no PIN try spent").isEqualTo(commandsBefore);
        assertThat(kiosk.session().myNumber()).isEmpty();
        send("POST", "api/visit/check-in", null);

        assertThat(server.received(RecordingServer.CHECK_IN).get(0).body()).doesNotContain("myNumber");
    }

    @Test
    void withTheServerAwayTheMyNumberIsNotReadAndTheCardIsNotAsked() {
        EmulatedMyNumberCard card = start(DemoCards.myNumberCard(), Duration.ofSeconds(60));
        readAndChoose();
        server.answer(RecordingServer.NAVIGATION, 200, ROUTE);
        assertThat(get("api/visit/route").get("myNumberForms")).extracting(JsonNode::asText).containsExactly("nhi-enroll");
        server.answer(RecordingServer.NAVIGATION, 503, "{\"error\":\"down\"}");
        assertThat(send("PUT", "api/visit/answers/dog", "{\"value\":\"yes\"}").body.get("outcome").asText())
                .isEqualTo("server-unreachable");
        int commandsBefore = card.commandCount();

        Reply refused = send("POST", "api/card/my-number", "{\"pin\":\"1234\"}");

        assertThat(refused.status).as("fail closed: the route of the old answers is gone, none of the new ones came").isEqualTo(409);
        assertThat(card.commandCount()).as("the card was not even asked").isEqualTo(commandsBefore);
        assertThat(kiosk.session().myNumber()).isEmpty();
    }

    @Test
    void aServerThatDoesNotSayWhichFormsPrintTheMyNumberGetsNone() {
        EmulatedMyNumberCard card = start(DemoCards.myNumberCard(), Duration.ofSeconds(60));
        readAndChoose();
        // A server older than this kiosk: its items list forms but not which of them print the number.
        server.answer(RecordingServer.NAVIGATION, 200, ROUTE.replaceAll("\"myNumberForms\":\\[[^\\]]*],", ""));
        assertThat(get("api/visit/route").get("myNumberForms")).isEmpty();
        int commandsBefore = card.commandCount();

        assertThat(send("POST", "api/card/my-number", "{\"pin\":\"1234\"}").status).isEqualTo(409);
        send("POST", "api/visit/check-in", null);

        assertThat(card.commandCount()).isEqualTo(commandsBefore);
        assertThat(server.received(RecordingServer.CHECK_IN).get(0).body()).doesNotContain("myNumber");
    }

    @Test
    void aDifferentCardForTheMyNumberIsRefused() {
        start(DemoCards.myNumberCard(), Duration.ofSeconds(60));
        readAndChoose();
        server.answer(RecordingServer.NAVIGATION, 200, ROUTE);
        get("api/visit/route");
        reader.insert(EmulatedMyNumberCard.builder().name("別人 太郎").build());

        JsonNode answer = send("POST", "api/card/my-number", "{\"pin\":\"1234\"}").body;

        assertThat(answer.get("outcome").asText()).isEqualTo("other-card");
        assertThat(kiosk.session().myNumber()).isEmpty();
    }

    private void readAndChooseFails() {
        Reply event = send("PUT", "api/visit/life-event", "{\"lifeEvent\":\"Holiday!\"}");
        assertThat(event.status).isEqualTo(400);
        assertThat(event.body.get("field").asText()).isEqualTo("lifeEvent");
        assertThat(send("POST", "api/visit/check-in", null).status).isEqualTo(409);
    }

    private EmulatedMyNumberCard start(EmulatedMyNumberCard card, Duration idle) {
        reader.insert(card);
        TerminalFactory factory = readers.terminalFactory();
        kiosk = KioskApp.start(KioskSettings.of(server.uri(), "token-1").withPort(0).withIdleTimeout(idle),
                () -> factory, Optional.of(reader));
        return card;
    }

    private void readAndChoose() {
        assertThat(send("POST", "api/card/read", "{\"pin\":\"1234\"}").body.get("outcome").asText()).isEqualTo("read");
        assertThat(send("PUT", "api/visit/life-event", "{\"lifeEvent\":\"move-in\"}").status).isEqualTo(200);
    }

    private JsonNode await(Predicate<JsonNode> condition) {
        return LocalKiosk.of(kiosk, reader).await(condition);
    }

    private JsonNode get(String path) {
        Reply r = send("GET", path, null);
        assertThat(r.status).as(path).isEqualTo(200);
        return r.body;
    }

    private record Reply(int status, JsonNode body) {
    }

    private Reply send(String method, String path, String json) {
        HttpResponse<String> r = raw(method, path, null, json);
        try {
            return new Reply(r.statusCode(), r.body().isEmpty() ? null : KioskJson.tolerant().readTree(r.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(r.body(), e);
        }
    }

    private HttpResponse<String> raw(String method, String path, String origin, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(kiosk.url() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (origin != null) {
            b.header("Origin", origin);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The JDK client will not send a forged Host header; a DNS-rebinding page would. */
    private int rawStatusWithHost(String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", kiosk.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/state HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().findFirst().orElse("");
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
