package jp.kakanai.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import jp.kakanai.kiosk.card.emulated.DemoCards;
import jp.kakanai.kiosk.card.emulated.EmulatedMyNumberCard;
import jp.kakanai.kiosk.checkin.RecordingServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Family members' own cards on the household screen: names and birth dates without writing. */
class FamilyCardsTest {
    private final EmulatedMyNumberCard spouse = EmulatedMyNumberCard.builder().name("山田 太郎")
            .birthDate(LocalDate.of(1987, 5, 1)).sex("1").pin("4321").build();
    private final RecordingServer server = new RecordingServer();
    private LocalKiosk kiosk;

    @BeforeEach
    void start() {
        kiosk = LocalKiosk.start(server.uri(), DemoCards.myNumberCard(), Duration.ofSeconds(60));
        kiosk.readAndChoose(DemoCards.PIN, "move-in");
    }

    @AfterEach
    void stop() {
        kiosk.close();
        server.close();
    }

    @Test
    void whileFamilyCardsAreReadTheApplicantsCardMayLeaveAndAMembersCardGivesNameBirthDateAndSex() {
        long generation = kiosk.get("api/state").get("generation").asLong();
        assertThat(kiosk.send("POST", "api/card/family/open", null).status()).isEqualTo(204);

        kiosk.reader().remove();
        kiosk.await(s -> !s.get("cardPresent").asBoolean());
        kiosk.reader().insert(spouse);
        kiosk.await(s -> s.get("cardPresent").asBoolean());
        assertThat(kiosk.get("api/card/tries").get("triesLeft").asInt()).isEqualTo(3);
        JsonNode member = kiosk.send("POST", "api/card/family/read", "{\"pin\":\"4321\"}").body();

        assertThat(member.get("outcome").asText()).isEqualTo("read");
        assertThat(member.at("/resident/name").asText()).isEqualTo("山田 太郎");
        assertThat(member.at("/resident/birthDate").asText()).isEqualTo("1987-05-01");
        assertThat(member.at("/resident/sex").asText()).isEqualTo("1");
        JsonNode state = kiosk.get("api/state");
        assertThat(state.get("generation").asLong()).as("nothing wiped").isEqualTo(generation);
        assertThat(state.at("/resident/name").asText()).as("the applicant is still the applicant")
                .isEqualTo(DemoCards.RESIDENT.name());
    }

    @Test
    void theApplicantsOwnCardIsNoFamilyMember() {
        kiosk.send("POST", "api/card/family/open", null);

        JsonNode answer = kiosk.send("POST", "api/card/family/read", "{\"pin\":\"1234\"}").body();

        assertThat(answer.get("outcome").asText()).isEqualTo("own-card");
        assertThat(answer.has("resident")).isFalse();
    }

    @Test
    void aWrongPinOnAMembersCardShowsItsTriesLeftAndOneTryLeftIsNeverTried() {
        EmulatedMyNumberCard lastTry = EmulatedMyNumberCard.builder().name("山田 次郎").triesLeft(1).build();
        kiosk.send("POST", "api/card/family/open", null);
        kiosk.reader().remove();
        kiosk.reader().insert(spouse);
        kiosk.await(s -> s.get("cardPresent").asBoolean());
        assertThat(kiosk.send("POST", "api/card/family/read", "{\"pin\":\"9999\"}").body().get("triesLeft").asInt()).isEqualTo(2);
        kiosk.reader().remove();
        kiosk.reader().insert(lastTry);
        kiosk.await(s -> s.get("cardPresent").asBoolean());

        assertThat(kiosk.send("POST", "api/card/family/read", "{\"pin\":\"1234\"}").body().get("outcome").asText())
                .isEqualTo("one-try-left");
        assertThat(lastTry.triesLeft()).isEqualTo(1);
    }

    @Test
    void onceTheFamilyCardsAreClosedTheApplicantsCardLeavingWipesAsBefore() {
        long generation = kiosk.get("api/state").get("generation").asLong();
        kiosk.send("POST", "api/card/family/open", null);
        kiosk.send("POST", "api/card/family/close", null);

        kiosk.reader().remove();

        assertThat(kiosk.await(s -> s.get("generation").asLong() != generation).get("lastReset").asText())
                .isEqualTo("card-removed");
        assertThat(kiosk.send("POST", "api/card/family/read", "{\"pin\":\"1234\"}").status()).isEqualTo(409);
    }
}
