package jp.kakanai.server.visit;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.kakanai.forms.checkin.Address;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.forms.checkin.EventFacts;
import jp.kakanai.forms.checkin.Household;
import jp.kakanai.forms.checkin.Member;
import jp.kakanai.forms.checkin.MoveFacts;
import jp.kakanai.forms.resident.Sex;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.ServerHttpTest;
import org.junit.jupiter.api.Test;

/**
 * The check-in carries what the kiosk collected (issue 13): the household, the move with a town address picked from
 * the master, the answers; a clerk's take-over finds all of it in the interview. Mistakes are 400s naming the field.
 */
class CheckInWithHouseholdOverHttpTest extends ServerHttpTest {
    private static final LocalDate TODAY = LocalDate.now(OfficeClock.ZONE);

    private static CheckIn familyMovingIn() {
        return CheckInFixture.moveIn().withKana("カキ ナイコ")
                .withHousehold(Household.of(List.of(
                        Member.of("spouse", LocalDate.of(1987, 5, 1)).withSex(Sex.MALE).asHouseholder(),
                        Member.of("child", TODAY.minusYears(7)),
                        Member.of("child", TODAY.minusYears(2)))))
                .withEvent(EventFacts.move(MoveFacts.of(TODAY.minusDays(3),
                        Address.inTown("0027001", 5, 18, null).withText("ignored"), null)))
                .withAnswers(Map.of("health-insurance", "national", "public-servant", "no"));
    }

    @Test
    void aTakenOverKioskVisitBringsTheHouseholdTheMoveAndTheAnswersIntoTheInterview() {
        CheckIn checkIn = familyMovingIn().withEvent(EventFacts.move(MoveFacts.of(TODAY.minusDays(3),
                new Address(java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.of("0027000"),
                        java.util.Optional.of(1), java.util.Optional.of(5), java.util.Optional.of(18),
                        java.util.Optional.empty(), java.util.Optional.of("かかないハイツ101号室")), null)));
        var created = http().asKiosk().postJson("/api/visits", CheckInFixture.json(checkIn));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode receipt = json(created);

        http().asClerk().postJson("/api/interviews/take-over", Map.of("ticketNumber", receipt.get("ticketNumber").asText()));
        JsonNode interview = json(http().asClerk().get("/api/interviews/" + receipt.get("visitId").asText()));

        assertThat(interview.at("/resident/kana").asText()).isEqualTo("カキ ナイコ");
        assertThat(interview.get("householdKnown").asBoolean()).isTrue();
        assertThat(interview.get("members")).hasSize(3);
        assertThat(interview.at("/members/0/relationshipLabel").asText()).isEqualTo("世帯主");
        assertThat(interview.at("/members/0/householder").asBoolean()).isTrue();
        assertThat(interview.at("/members/1/relationshipLabel").asText()).isEqualTo("子");
        assertThat(interview.at("/members/1/name").isNull()).as("no name was given at the kiosk").isTrue();
        assertThat(interview.get("applicantKinship").isNull()).isTrue();
        assertThat(interview.at("/move/newAddress/text").asText()).isEqualTo("静岡県下田市東本郷一丁目5番18号 かかないハイツ101号室");
        assertThat(interview.at("/move/newAddress/postcode").asText()).isEqualTo("415-0035");
        assertThat(interview.at("/move/date").asText()).isEqualTo(TODAY.minusDays(3).toString());
        assertThat(interview.at("/move/kind").asText()).isEqualTo("move-in");
        assertThat(interview.at("/answers/health-insurance").asText()).isEqualTo("national");
        assertThat(interview.get("householderName").isNull()).as("the 世帯主's name is not known yet").isTrue();
    }

    @Test
    void eachMistakeInWhatTheKioskCollectedIsA400NamingItsField() {
        assertRefused(familyMovingIn().withHousehold(Household.of(List.of(Member.of("child", TODAY.plusDays(1))))),
                "household.members[0].birthDate");
        assertRefused(familyMovingIn().withHousehold(Household.of(List.of(Member.of("cousin", TODAY.minusYears(3))))),
                "household.members[0].relationship");
        assertRefused(familyMovingIn().withHousehold(Household.of(List.of(
                Member.of("spouse", TODAY.minusYears(30)).asHouseholder(), Member.of("parent", TODAY.minusYears(60)).asHouseholder()))),
                "household.members");
        assertRefused(familyMovingIn().withEvent(EventFacts.move(MoveFacts.of(null, Address.inTown("9999000", 1, 1, null), null))),
                "event.move.newAddress.machiazaId");
        assertRefused(familyMovingIn().withEvent(EventFacts.move(MoveFacts.of(null, Address.parcelInTown("0013000", "abc", null), null))),
                "event.move.newAddress.chiban");
        assertRefused(familyMovingIn().withEvent(EventFacts.move(MoveFacts.of(TODAY.minusYears(2), null, null))),
                "event.move.date");
        assertRefused(new CheckIn(CheckInFixture.resident(), "birth", List.of())
                .withEvent(EventFacts.move(MoveFacts.of(TODAY, null, null))), "event.move");
        assertRefused(familyMovingIn().withAnswers(Map.of("dog", "maybe")), "answers.dog");
    }

    @Test
    void aTownAddressWithoutItsChomeIsAskedForIt() {
        var response = http().asKiosk().postJson("/api/visits", CheckInFixture.json(familyMovingIn().withEvent(
                EventFacts.move(MoveFacts.of(TODAY, Address.inTown("0027000", 5, 18, null), null)))));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json(response).get("field").asText()).isEqualTo("event.move.newAddress.chome");
        assertThat(json(response).get("error").asText()).isEqualTo("東本郷の何丁目かを選んでください。");
    }

    private void assertRefused(CheckIn checkIn, String field) {
        var response = http().asKiosk().postJson("/api/visits", CheckInFixture.json(checkIn));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json(response).get("field").asText()).as(response.body()).isEqualTo(field);
    }
}
