package jp.kakanai.server.visit;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.account.StaffAccountFixture;
import jp.kakanai.forms.checkin.CheckIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Staff lists come a page at a time (issue 14 §4); without paging parameters the day comes whole, as before. */
class VisitListPagesOverHttpTest extends ServerHttpTest {

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void aDayComesAPageAtATimeNewestFirstWithItsCountAndTheNextPage() {
        LocalDate day = LocalDate.now(OfficeClock.ZONE).minusDays(3000);
        clock.moveTo(day.atTime(LocalTime.of(9, 0)).atZone(OfficeClock.ZONE).toInstant());
        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            tickets.add(json(http().asKiosk().postJson("/api/visits", CheckInFixture.moveInJson())).get("ticketNumber").asText());
        }
        HttpFixture clerk = http().asClerk();

        var first = clerk.get("/api/visits?date=" + day + "&order=newest&size=3&page=1");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(json(first).findValuesAsText("ticketNumber")).containsExactly(tickets.get(6), tickets.get(5), tickets.get(4));
        assertThat(first.headers().firstValue("X-Total-Count")).hasValue("7");
        assertThat(first.headers().firstValue("Link")).hasValueSatisfying(link ->
                assertThat(link).contains("page=2").contains("rel=\"next\""));

        var last = clerk.get("/api/visits?date=" + day + "&order=newest&size=3&page=3");
        assertThat(json(last).findValuesAsText("ticketNumber")).containsExactly(tickets.get(0));
        assertThat(last.headers().firstValue("Link")).isEmpty();

        var whole = clerk.get("/api/visits?date=" + day);
        assertThat(json(whole).findValuesAsText("ticketNumber")).as("old clients: the whole day in check-in order")
                .containsExactlyElementsOf(tickets);
    }

    @Test
    void aDepartmentClerkPagesThroughTheVisitsWithWorkForTheirDepartmentOnly() {
        LocalDate day = LocalDate.now(OfficeClock.ZONE).minusDays(3001);
        clock.moveTo(day.atTime(LocalTime.of(9, 0)).atZone(OfficeClock.ZONE).toInstant());
        List<String> kodomos = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            boolean child = i % 2 == 0;
            var checkedIn = http().asKiosk().postJson("/api/visits", CheckInFixture.json(new CheckIn(CheckInFixture.resident(),
                    child ? "birth" : "move-within", child ? List.of("birth-registration", "child-allowance") : List.of("juminhyo-request"))));
            assertThat(checkedIn.statusCode()).as(checkedIn.body()).isEqualTo(201);
            if (child) {
                kodomos.add(json(checkedIn).get("ticketNumber").asText());
            }
        }
        HttpFixture kodomo = StaffAccountFixture.signedInAs(http(), "paging-kodomo", List.of("CLERK"), List.of("kodomo"));

        var first = kodomo.get("/api/visits?date=" + day + "&order=newest&size=3&page=1");
        assertThat(json(first).findValuesAsText("ticketNumber")).as("こども家庭課's visits, newest first")
                .containsExactly(kodomos.get(3), kodomos.get(2), kodomos.get(1));
        assertThat(first.headers().firstValue("X-Total-Count")).as("counted in the department").hasValue("4");
        assertThat(first.headers().firstValue("Link")).hasValueSatisfying(link -> assertThat(link).contains("page=2"));
        var second = kodomo.get("/api/visits?date=" + day + "&order=newest&size=3&page=2");
        assertThat(json(second).findValuesAsText("ticketNumber")).containsExactly(kodomos.get(0));
        assertThat(second.headers().firstValue("Link")).isEmpty();
        assertThat(json(kodomo.get("/api/visits?date=" + day)).findValuesAsText("ticketNumber"))
                .as("the whole day of the department in check-in order").containsExactlyElementsOf(kodomos);
    }

    @Test
    void nonsensePagingIsRefusedNamingTheParameter() {
        HttpFixture clerk = http().asClerk();
        assertThat(json(clerk.get("/api/visits?size=0")).get("field").asText()).isEqualTo("size");
        assertThat(json(clerk.get("/api/visits?size=201")).get("field").asText()).isEqualTo("size");
        assertThat(json(clerk.get("/api/visits?page=x&size=5")).get("field").asText()).isEqualTo("page");
        assertThat(json(clerk.get("/api/visits?order=oldest")).get("field").asText()).isEqualTo("order");
    }
}
