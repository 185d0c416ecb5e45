package jp.kakanai.server.reservation;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.HttpCookie;
import java.net.http.HttpResponse;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.ServerHttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 来庁予約 and 混雑状況 over real HTTP, as a phone without any login uses them. */
class ReservationOverHttpTest extends ServerHttpTest {
    private HttpFixture phone;
    private String xsrf;

    /** The phone opens the page first, which gives it the CSRF cookie its script sends back. */
    @BeforeEach
    void openThePage() {
        phone = http();
        var page = phone.get("/reserve/");
        assertThat(page.statusCode()).isEqualTo(200);
        xsrf = page.headers().allValues("Set-Cookie").stream().flatMap(c -> HttpCookie.parse(c).stream())
                .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
    }

    private HttpResponse<String> post(String path, String body) {
        return phone.postJson(path, body, "X-XSRF-TOKEN", xsrf);
    }

    @Test
    void aPhoneBooksTheLastPlacesOfASlotLooksItUpAndCancelsIt() {
        JsonNode slot = firstFreeSlot("certificate");
        String date = slot.get("date").asText();
        String time = slot.get("time").asText();
        int remaining = slot.get("remaining").asInt();
        assertThat(remaining).isPositive();
        String body = "{\"item\": \"certificate\", \"date\": \"" + date + "\", \"time\": \"" + time + "\"}";
        JsonNode booked = null;
        for (int i = 0; i < remaining; i++) {
            var response = post("/api/reservations", body);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            booked = json(response);
        }
        var full = post("/api/reservations", body);
        assertThat(full.statusCode()).as("the slot is full").isEqualTo(409);

        String code = booked.get("code").asText();
        assertThat(booked.get("departmentName").asText()).isEqualTo("市民課");
        assertThat(booked.get("itemName").get("ja").asText()).startsWith("証明書");
        assertThat(booked.get("status").asText()).isEqualTo("BOOKED");
        assertThat(json(http().get("/api/reservations/" + code.toLowerCase())).get("from").asText()).isEqualTo(time);
        var qr = http().get("/api/reservations/" + code + "/qr.svg");
        assertThat(qr.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
        assertThat(qr.body()).startsWith("<svg");

        assertThat(post("/api/reservations/" + code + "/cancel", "").statusCode()).isEqualTo(204);
        assertThat(json(http().get("/api/reservations/" + code)).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(post("/api/reservations", body).statusCode()).as("the place is free again").isEqualTo(201);
    }

    @Test
    void badBookingsNameTheFieldAndUnknownCodesAreNotFound() {
        assertThat(json(post("/api/reservations", "{}")).get("field").asText()).isEqualTo("item");
        assertThat(json(post("/api/reservations", "{\"item\": \"move-in\", \"date\": \"2026-02-30\","
                + " \"time\": \"10:00\"}")).get("field").asText()).isEqualTo("date");
        assertThat(json(post("/api/reservations", "{\"item\": \"move-in\", \"date\": \"2020-01-06\","
                + " \"time\": \"10:00\"}")).get("field").asText()).isEqualTo("date");
        assertThat(json(post("/api/reservations", "{\"item\": \"passport\", \"date\": \"2020-01-06\","
                + " \"time\": \"10:00\"}")).get("field").asText()).isEqualTo("item");
        assertThat(http().get("/api/reservations/RSV-0000-0000").statusCode()).isEqualTo(404);
        assertThat(http().get("/api/reservations/slots?item=nothing").statusCode()).isEqualTo(400);
    }

    @Test
    void theCongestionPageSaysHowManyWaitPerDepartmentAndNothingPersonal() {
        var response = http().get("/api/congestion");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode congestion = json(response);
        assertThat(congestion.get("now").findValuesAsText("name")).contains("市民課", "保険年金課");
        assertThat(congestion.get("usual").get("departments").isArray()).isTrue();
        assertThat(response.body()).doesNotContain("visitId", "ticketNumber", "書可");
    }

    private JsonNode firstFreeSlot(String item) {
        for (JsonNode day : json(http().get("/api/reservations/slots?item=" + item))) {
            for (JsonNode slot : day.get("slots")) {
                if (slot.get("remaining").asInt() > 0) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) slot).put("date", day.get("date").asText());
                    return slot;
                }
            }
        }
        throw new AssertionError("no free slot in the next days");
    }
}
