package jp.kakanai.server.interview;

import static jp.kakanai.server.HttpFixture.json;
import static jp.kakanai.server.interview.PrintedPdf.withoutSpaces;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.visit.CheckInFixture;
import org.junit.jupiter.api.Test;

/** The counter interview over real HTTP: start at the desk, take over a ticket, fill in, confirm, print. */
class InterviewOverHttpTest extends ServerHttpTest {

    private JsonNode startFamily() {
        var created = http().asClerk().postJson("/api/interviews", FamilyMovingIn.start());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created);
    }

    private JsonNode put(String visitId, Object body) {
        var response = http().asClerk().sendJson("PUT", "/api/interviews/" + visitId, toJson(body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static String toJson(Object body) {
        try {
            return jp.kakanai.server.api.ApiJson.mapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aVisitStartedAtTheDeskGetsATicketAndIsServedThereAtOnce() {
        JsonNode receipt = startFamily();
        String visitId = receipt.get("visitId").asText();

        JsonNode visit = json(http().asClerk().get("/api/visits/" + visitId));
        assertThat(receipt.get("ticketNumber").asText()).matches("A-\\d{3}");
        assertThat(visit.get("origin").asText()).isEqualTo("desk");
        assertThat(visit.get("startedBy").asText()).isEqualTo("clerk");
        assertThat(visit.get("kioskId").isNull()).isTrue();
        assertThat(visit.get("resident").get("birthDate").asText()).isEqualTo("1988-04-10");
        JsonNode ticket = findTicket(visitId);
        assertThat(ticket.get("status").asText()).isEqualTo("SERVING");
        assertThat(ticket.get("counter").asText()).isEqualTo("3番窓口");

        JsonNode interview = json(http().asClerk().get("/api/interviews/" + visitId));
        assertThat(interview.get("source").asText()).isEqualTo("typed");
        assertThat(interview.get("residentEditable").asBoolean()).isTrue();
        assertThat(interview.get("resident").get("kana").asText()).isEqualTo("ヤマダ タロウ");
        assertThat(interview.get("resident").get("birthDateWareki").asText()).isEqualTo("昭和63年4月10日");
    }

    private JsonNode findTicket(String visitId) {
        for (JsonNode ticket : json(http().asClerk().get("/api/queue"))) {
            if (ticket.get("visitId").asText().equals(visitId)) {
                return ticket;
            }
        }
        throw new AssertionError("no live ticket for " + visitId);
    }

    @Test
    void typingMistakesComeBackFieldByFieldAndNoVisitIsStarted() {
        int before = json(http().asClerk().get("/api/visits")).size();
        Map<String, Object> resident = FamilyMovingIn.entry("山田 太郎", "山田", "昭和64年1月8日", "1",
                FamilyMovingIn.ADDRESS, "530-0001", "");

        var response = http().asClerk().postJson("/api/interviews",
                Map.of("lifeEvent", "move-in", "source", "typed", "resident", resident));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = json(response);
        assertThat(body.get("field").asText()).isEqualTo("resident.kana");
        List<String> fields = new ArrayList<>();
        body.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactly("resident.kana", "resident.birthDate", "resident.postcode");
        assertThat(body.get("errors").get(2).get("error").asText()).contains("大阪府", "東京都");
        assertThat(json(http().asClerk().get("/api/visits")).size()).isEqualTo(before);
    }

    @Test
    void aKioskVisitIsTakenOverByTheNumberOnTheResidentsTicket() {
        var checkedIn = json(http().asKiosk().postJson("/api/visits", CheckInFixture.moveInJson()));
        String ticket = checkedIn.get("ticketNumber").asText();
        String typedLoosely = "ａ" + ticket.substring(2).replaceFirst("^0+", "");

        var takenOver = http().asClerk().postJson("/api/interviews/take-over", Map.of("ticketNumber", typedLoosely));

        assertThat(takenOver.statusCode()).as(takenOver.body()).isEqualTo(200);
        assertThat(json(takenOver).get("visitId").asText()).isEqualTo(checkedIn.get("visitId").asText());
        JsonNode interview = json(http().asClerk().get("/api/interviews/" + checkedIn.get("visitId").asText()));
        assertThat(interview.get("source").asText()).isEqualTo("ticket");
        assertThat(interview.get("residentEditable").asBoolean()).isFalse();
        assertThat(interview.get("resident").get("name").asText()).isEqualTo("書可 内子");
        assertThat(findTicket(checkedIn.get("visitId").asText()).get("status").asText()).isEqualTo("SERVING");
    }

    @Test
    void anUnknownTicketIsNotFoundNamingTheField() {
        var response = http().asClerk().postJson("/api/interviews/take-over", Map.of("ticketNumber", "Z-999"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("field").asText()).isEqualTo("ticketNumber");
        assertThat(json(response).get("error").asText()).contains("Z-999");
    }

    @Test
    void theHouseholdAndAnswersSettleTheChecklistAndAStaleVersionChangesNothing() {
        String visitId = startFamily().get("visitId").asText();

        JsonNode saved = put(visitId, FamilyMovingIn.update(0));

        assertThat(saved.get("version").asInt()).isEqualTo(1);
        assertThat(saved.get("members")).hasSize(3);
        assertThat(saved.get("members").get(0).get("relationshipLabel").asText()).isEqualTo("妻");
        assertThat(saved.get("members").get(1).get("birthDate").asText()).isEqualTo("2016-06-01");
        JsonNode checklist = json(http().asClerk().get("/api/visits/" + visitId + "/checklist"));
        assertThat(checklist.get("household")).hasSize(3);
        List<String> procedures = new ArrayList<>();
        checklist.get("departments").forEach(d -> d.get("items").forEach(i -> procedures.add(i.get("id").asText())));
        assertThat(procedures).contains("resident-move-in", "nhi-enroll", "national-pension", "child-allowance",
                "child-medical-subsidy", "school-transfer", "juminhyo-request").doesNotContain("dog-registration-change");

        var stale = http().asClerk().sendJson("PUT", "/api/interviews/" + visitId, toJson(FamilyMovingIn.update(0)));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json(stale).get("error").asText()).contains("clerk さんが先に変更しました");
    }

    @Test
    void aMemberWithMistakesIsRefusedWithItsIndexAndTheStoredOnesStay() {
        String visitId = startFamily().get("visitId").asText();
        put(visitId, FamilyMovingIn.update(0));
        Map<String, Object> update = new LinkedHashMap<>(FamilyMovingIn.update(1));
        List<Object> members = new ArrayList<>(FamilyMovingIn.members());
        members.add(Map.of("name", "山田 次郎", "kana", "Jiro", "birthDate", "令和9年1月1日", "sex", "1", "relationship", "child"));
        update.put("members", members);

        var response = http().asClerk().sendJson("PUT", "/api/interviews/" + visitId, toJson(update));

        assertThat(response.statusCode()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        json(response).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactly("members[3].kana", "members[3].birthDate");
        assertThat(json(http().asClerk().get("/api/interviews/" + visitId)).get("members")).hasSize(3);
    }

    @Test
    void theConfirmationShowsWhatTheFormsPrintAndFlagsCharactersNoFontHas() {
        String visitId = startFamily().get("visitId").asText();
        Map<String, Object> update = new LinkedHashMap<>(FamilyMovingIn.update(0));
        List<Object> members = new ArrayList<>(FamilyMovingIn.members());
        members.set(2, Map.of("name", "山田 \uD83C\uDF38", "kana", "ヤマダ サクラ", "birthDate", "令和4年2月1日", "sex", "2",
                "relationship", "child"));
        update.put("members", members);
        put(visitId, update);

        JsonNode confirmation = json(http().asClerk().get("/api/interviews/" + visitId + "/confirmation"));

        assertThat(confirmation.get("heading").asText()).isEqualTo("転入のお手続き");
        assertThat(confirmation.get("household")).hasSize(4);
        assertThat(confirmation.get("household").get(0).get("relationship").asText()).isEqualTo("世帯主");
        assertThat(confirmation.get("household").get(2).get("birthDate").asText()).isEqualTo("平成28年6月1日");
        assertThat(confirmation.get("household").get(3).get("sex").asText()).isEqualTo("女");
        List<String> forms = new ArrayList<>();
        confirmation.get("forms").forEach(f -> forms.add(f.get("id").asText()));
        assertThat(forms).containsExactlyElementsOf(FamilyMovingIn.FORMS.keySet());
        assertThat(confirmation.get("flagged")).hasSize(1);
        assertThat(confirmation.get("flagged").get(0).get("character").asText()).isEqualTo("\uD83C\uDF38");
        assertThat(confirmation.get("flagged").get(0).get("codePoints").asText()).isEqualTo("U+1F338");
        assertThat(confirmation.get("flagged").get(0).get("fields").toString()).contains("household[");
    }

    @Test
    void confirmingTheSeenVersionSettlesTheVisitsRouteAndAnOlderOneIsRefused() {
        String visitId = startFamily().get("visitId").asText();
        put(visitId, FamilyMovingIn.update(0));

        JsonNode blanks = json(http().asClerk().get("/api/interviews/" + visitId + "/confirmation")).get("blanks");
        var stale = http().asClerk().postJson("/api/interviews/" + visitId + "/confirmation", Map.of("version", 0));
        var withBlanks = http().asClerk().postJson("/api/interviews/" + visitId + "/confirmation", Map.of("version", 1));
        var confirmed = http().asClerk().postJson("/api/interviews/" + visitId + "/confirmation",
                Map.of("version", 1, "printWithBlanks", true));

        // Nobody asked which pension the claimant of 児童手当 pays into: a required box the clerk must see.
        assertThat(blanks).extracting(b -> b.get("formId").asText() + ":" + b.get("field").asText() + ":" + b.get("label").asText())
                .containsExactly("child-allowance:answers.pension-type:国民年金・厚生年金・共済組合（公務員は勤務先で請求）");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(withBlanks.statusCode()).as("printing with blank boxes is the clerk's choice").isEqualTo(409);
        assertThat(json(withBlanks).get("error").asText()).contains("1 か所空いています");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(json(confirmed).get("confirmedAt").asText()).endsWith("+09:00");
        assertThat(json(confirmed).get("printedWithBlanks")).extracting(JsonNode::asText)
                .containsExactly("child-allowance:answers.pension-type");
        List<String> procedures = new ArrayList<>();
        json(http().asClerk().get("/api/visits/" + visitId)).get("procedures").forEach(p -> procedures.add(p.asText()));
        assertThat(procedures).startsWith("resident-move-in").contains("nhi-enroll", "child-allowance", "school-transfer");
        assertThat(procedures.indexOf("nhi-enroll")).isLessThan(procedures.indexOf("child-allowance"));
    }

    @Test
    void onePdfHasTheCoverThenEveryFormInWalkingOrderWithItsPeopleAndQrCode() {
        JsonNode receipt = startFamily();
        String visitId = receipt.get("visitId").asText();
        put(visitId, FamilyMovingIn.update(0));

        var response = http().asClerk().getBytes("/api/interviews/" + visitId + "/print.pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        PrintedPdf pdf = new PrintedPdf(response.body());
        List<String> formIds = List.copyOf(FamilyMovingIn.FORMS.keySet());
        assertThat(pdf.pages()).isEqualTo(1 + formIds.size());
        String cover = withoutSpaces(pdf.text(0));
        assertThat(cover).contains(receipt.get("ticketNumber").asText(), "山田太郎様", "市民課", "保険年金課", "こども家庭課",
                "教育委員会学務課", "転出証明書");
        assertThat(cover.indexOf("保険年金課")).isLessThan(cover.indexOf("こども家庭課"));
        for (int i = 0; i < formIds.size(); i++) {
            String formId = formIds.get(i);
            String page = withoutSpaces(pdf.text(i + 1));
            assertThat(page).as(formId).contains(withoutSpaces(FamilyMovingIn.FORMS.get(formId)), receipt.get("ticketNumber").asText());
            var qr = pdf.qr(i + 1, formId);
            assertThat(qr.formId()).isEqualTo(formId);
            assertThat(qr.data()).extracting("visit").extracting("id").isEqualTo(visitId);
        }
        assertThat(withoutSpaces(pdf.text(1))).contains(FamilyMovingIn.everyone().stream().map(PrintedPdf::withoutSpaces)
                .toArray(String[]::new)).contains("大阪府大阪市北区中之島一丁目3番20号", "ヤマダイチロウ", "妻", "子");
        assertThat(pdf.householdNames(1, "resident-change")).containsExactlyElementsOf(FamilyMovingIn.everyone());
        assertThat(pdf.householdNames(3, "nhi-enroll")).containsExactlyElementsOf(FamilyMovingIn.everyone());
        assertThat(pdf.householdNames(5, "child-allowance")).containsExactlyElementsOf(FamilyMovingIn.CHILDREN);
        assertThat(pdf.householdNames(6, "child-medical-subsidy")).containsExactlyElementsOf(FamilyMovingIn.CHILDREN);
        String childrenTable = withoutSpaces(pdf.text(5)).split("養育している児童")[1];
        assertThat(childrenTable).contains("山田一郎", "山田桜").doesNotContain("山田花子", "山田太郎");
    }

    @Test
    void aMyNumberReadAtTheKioskIsPrintedInItsBoxesOnlyAndNeverInAQrCode() {
        String myNumber = "876543210989";
        var checkedIn = json(http().asKiosk().postJson("/api/visits",
                CheckInFixture.json(CheckInFixture.moveInWithMyNumber(myNumber))));
        String visitId = checkedIn.get("visitId").asText();
        http().asClerk().postJson("/api/interviews/take-over", Map.of("ticketNumber", checkedIn.get("ticketNumber").asText()));
        Map<String, Object> update = new LinkedHashMap<>(FamilyMovingIn.update(0));
        update.remove("resident");
        put(visitId, update);

        PrintedPdf pdf = new PrintedPdf(http().asClerk().getBytes("/api/interviews/" + visitId + "/print.pdf").body());

        int nhi = 1 + List.copyOf(FamilyMovingIn.FORMS.keySet()).indexOf("nhi-enroll");
        assertThat(withoutSpaces(pdf.text(nhi))).contains("国民健康保険", myNumber);
        assertThat(pdf.qr(nhi, "nhi-enroll").toJson()).doesNotContain(myNumber);
        assertThat(withoutSpaces(pdf.text(1))).as("住民異動届 has no boxes for it").doesNotContain(myNumber);
        assertThat(json(http().asClerk().get("/api/interviews/" + visitId + "/confirmation")).toString())
                .doesNotContain(myNumber);
    }

    @Test
    void theKioskCannotUseTheInterview() {
        var response = http().asKiosk().postJson("/api/interviews", FamilyMovingIn.start());
        assertThat(response.statusCode()).isEqualTo(403);
    }
}
