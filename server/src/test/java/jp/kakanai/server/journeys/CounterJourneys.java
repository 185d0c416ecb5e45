package jp.kakanai.server.journeys;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kakanai.forms.wareki.WarekiFormatter;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.api.ApiJson;

/**
 * The steps of a golden journey at the counter (issue 13), shared by {@link GoldenJourneysTest} and
 * {@link DeathJourneysTest}: a visit started and filled in by the clerk through the real HTTP APIs, its print fetched as
 * the interview and the staff list print it, and the hand-written expectations put together.
 */
abstract class CounterJourneys extends ServerHttpTest {
    static final LocalDate TODAY = LocalDate.now(OfficeClock.ZONE);

    static String wareki(LocalDate date) {
        return WarekiFormatter.format(date);
    }

    String startTyped(String event, String name, String kana, String born, String sex, String address, String postcode,
                      String phone) {
        var started = http().asClerk().postJson("/api/interviews", Map.of("lifeEvent", event, "source", "typed",
                "resident", Map.of("name", name, "kana", kana, "birthDate", born, "sex", sex, "address", address,
                        "postcode", postcode, "phone", phone)));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        return json(started).get("visitId").asText();
    }

    String ticketOf(String visitId) {
        return json(http().asClerk().get("/api/interviews/" + visitId)).get("ticketNumber").asText();
    }

    static Map<String, Object> typedUpdate(String name, String kana, String born, String sex, String address,
                                           String postcode, String phone) {
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("version", 0);
        update.put("resident", Map.of("name", name, "kana", kana, "birthDate", born, "sex", sex, "address", address,
                "postcode", postcode, "phone", phone));
        return update;
    }

    void save(String visitId, Map<String, Object> update) {
        var saved = http().asClerk().sendJson("PUT", "/api/interviews/" + visitId, toJson(update));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    /** The applicant's boxes of the insurance and allowance forms. */
    static Map<String, String> applicantBoxes(String ticket, String address, String name, String phone, String kana,
                                              String born) {
        return with(Map.of(), "visit.ticketNumber", ticket, "visit.date", wareki(TODAY), "resident.address", address,
                "resident.name", name, "resident.phone", phone, "resident.kana", kana, "resident.birthDate", born);
    }

    PrintedJourney print(String visitId) {
        JsonNode confirmation = json(http().asClerk().get("/api/interviews/" + visitId + "/confirmation"));
        List<String> forms = new ArrayList<>();
        confirmation.get("forms").forEach(f -> forms.add(f.get("id").asText()));
        var pdf = http().asClerk().getBytes("/api/interviews/" + visitId + "/print.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        var staffList = http().asClerk().getBytes("/api/visits/" + visitId + "/forms/all.pdf");
        assertThat(new jp.kakanai.server.interview.PrintedPdf(staffList.body()).pages())
                .as("the staff list prints the same pages").isEqualTo(new jp.kakanai.server.interview.PrintedPdf(pdf.body()).pages());
        return new PrintedJourney(pdf.body(), forms);
    }

    static Map<String, Object> member(String name, String kana, String birthDate, String sex, String relationship,
                                      boolean householder) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("name", name);
        member.put("kana", kana);
        member.put("birthDate", birthDate);
        member.put("sex", sex);
        member.put("relationship", relationship);
        member.put("householder", householder);
        return member;
    }

    /** The table's cells, row by row: {@code household[i].<column>}. */
    static Map<String, String> rows(List<String> columns, String[]... people) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < people.length; i++) {
            for (int c = 0; c < columns.size(); c++) {
                if (people[i][c] != null && !people[i][c].isEmpty()) {
                    cells.put("household[" + i + "]." + columns.get(c), people[i][c]);
                }
            }
        }
        return cells;
    }

    static String[] drop(String[] person, int column) {
        List<String> kept = new ArrayList<>(List.of(person));
        kept.remove(column);
        return kept.toArray(String[]::new);
    }

    /** The base boxes, with pairs of key and value, and maps of cells, added. */
    static Map<String, String> with(Map<String, String> base, Object... more) {
        Map<String, String> all = new LinkedHashMap<>(base);
        for (int i = 0; i < more.length; i++) {
            if (more[i] instanceof Map<?, ?> map) {
                map.forEach((k, v) -> all.put(k.toString(), v.toString()));
            } else {
                all.put(more[i].toString(), more[++i].toString());
            }
        }
        return all;
    }

    static String toJson(Object body) {
        try {
            return ApiJson.mapper().writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The required boxes the clerk's confirmation lists as blank, as {@code formId:field}. */
    List<String> blanksOf(String visitId) {
        List<String> blanks = new ArrayList<>();
        json(http().asClerk().get("/api/interviews/" + visitId + "/confirmation")).get("blanks")
                .forEach(b -> blanks.add(b.get("formId").asText() + ":" + b.get("field").asText()));
        return blanks;
    }

    /** The answers given, and "no" to everything else of the deceased's to settle (seal, property, services, …). */
    static Map<String, String> nothingElseToSettle(Map<String, String> given) {
        Map<String, String> answers = new LinkedHashMap<>(given);
        for (String none : List.of("deceased-seal-registered", "deceased-domicile-here", "deceased-property",
                "deceased-farmland", "deceased-forest", "deceased-medical-costs", "deceased-first-category",
                "deceased-care-services", "deceased-elderly-services", "deceased-cemetery", "deceased-vehicle",
                "deceased-disability-certificate", "deceased-disability-services", "deceased-water-account",
                "deceased-public-housing")) {
            answers.put(none, "no");
        }
        return answers;
    }

    /** Runs a journey with the server's clock at 10:00 on {@code day} in the office's zone, then puts the clock back. */
    void onDay(LocalDate day, Runnable journey) {
        clock.moveTo(day.atTime(10, 0).atZone(OfficeClock.ZONE).toInstant());
        try {
            journey.run();
        } finally {
            clock.reset();
        }
    }
}
