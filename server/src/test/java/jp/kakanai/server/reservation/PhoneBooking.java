package jp.kakanai.server.reservation;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.time.LocalDate;
import jp.kakanai.server.HttpFixture;

/** Books a slot as the public phone page does (its CSRF cookie first), for tests that bring the code to the hall. */
public final class PhoneBooking {
    private PhoneBooking() {
    }

    /** The reservation code of a new booking of {@code item} at {@code time} on {@code day}. */
    public static String book(HttpFixture phone, LocalDate day, String time, String item) {
        var page = phone.get("/reserve/");
        String xsrf = page.headers().allValues("Set-Cookie").stream().flatMap(c -> HttpCookie.parse(c).stream())
                .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
        var booked = phone.postJson("/api/reservations", "{\"item\": \"" + item + "\", \"date\": \"" + day
                + "\", \"time\": \"" + time + "\"}", "X-XSRF-TOKEN", xsrf);
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        return json(booked).get("code").asText();
    }
}
