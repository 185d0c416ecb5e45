package jp.kakanai.server.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The 国民年金 after a death (おくやみ): the pensioner who died is the 受給権者 of the 年金受給権者死亡届 (国民年金法施行規則
 * §24) and the deceased of the 未支給年金 claim (国民年金法 §19), the one who reports is the 届出人 / 請求者 with their 続柄
 * to him; only the survivor's own change from 第3号 to 第1号 prints her as 被保険者, dated the day after the death
 * (厚生年金保険法 §14). The server's clock is moved to the day of the report: every date below is written by hand.
 */
class PensionAfterADeathJourneysTest extends CounterJourneys {

    // ---- a husband of 64, still at work and drawing a pension, dies; his wife of 57, his dependant, reports it ------

    @Test
    void aPensionersDeathPrintsHimAsTheRecipientAndClaimantsDeceasedAndHisWifeAsTheInsuredOnlyOnHerOwnChange() {
        onDay(LocalDate.of(2025, 3, 4), () -> {
            String home = "静岡県下田市三丁目4番5号";
            String visitId = startTyped("death", "岡田 陽子", "オカダ ヨウコ", "1967-04-01", "2", home, "415-0023",
                    "0558-22-6666");
            String ticket = ticketOf(visitId);
            Map<String, Object> update = typedUpdate("岡田 陽子", "オカダ ヨウコ", "1967-04-01", "2", home, "415-0023",
                    "0558-22-6666");
            update.put("eventDate", "2025-02-26");
            Map<String, Object> husband = member("岡田 浩", "オカダ ヒロシ", "1960-08-15", "1", "spouse", false);
            husband.put("deceased", true);
            update.put("members", List.of(husband));
            update.put("answers", nothingElseToSettle(Map.of("death-registered", "yes",
                    "deceased-health-insurance", "workplace", "deceased-was-householder", "yes",
                    "deceased-received-pension", "yes", "survivor-third-category", "yes", "deceased-dog", "no",
                    "juminhyo-wanted", "no")));
            save(visitId, update);

            PrintedJourney print = print(visitId);

            print.hasForms(List.of("national-pension", "pension-recipient-death", "survivor-pension-claim",
                    "property-tax-heir"));
            Map<String, String> wife = with(Map.of(), "visit.ticketNumber", ticket, "visit.date", "令和7年3月4日",
                    "resident.address", home, "resident.name", "岡田 陽子", "resident.kana", "オカダ ヨウコ",
                    "resident.birthDate", "昭和42年4月1日", "resident.phone", "0558-22-6666");
            Map<String, String> him = with(Map.of(), "deceased.name", "岡田 浩", "deceased.birthDate", "昭和35年8月15日",
                    "deceased.deathDate", "令和7年2月26日", "deceased.address", home);
            // Her own 被保険者関係届書: she is the 被保険者, 第3号 → 第1号 from the day after he died.
            print.boxes("national-pension", with(wife, "householder.name", "岡田 陽子",
                            "derived.changeDate", "令和7年2月27日"))
                    .scanned("national-pension", Map.of("answers.pension-kind", "category3-to-1", "resident.sex", "2"))
                    .notScanned("national-pension", "deceased.name", "answers.spouse-name");
            // He is the 受給権者; she reports as his wife. His 基礎年金番号 is on his 年金証書: blank, for the clerk.
            print.boxes("pension-recipient-death", with(wife, him, "answers.relation-to-deceased", "妻"))
                    .notScanned("pension-recipient-death", "answers.deceased-pension-number");
            // 未支給年金: he is the deceased, she the 請求者; no child to list.
            print.boxes("survivor-pension-claim", with(wife, him, "answers.relation-to-deceased", "妻"))
                    .notScanned("survivor-pension-claim", "household[0].name");
            // 相続人代表者: she is his only heir at home.
            print.boxes("property-tax-heir", with(wife, him, "answers.relation-to-deceased", "妻"));
            assertThat(blanksOf(visitId)).containsExactly("pension-recipient-death:answers.deceased-pension-number");
        });
    }
}
