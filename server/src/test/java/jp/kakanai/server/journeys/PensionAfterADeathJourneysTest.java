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
 * (厚生年金保険法 §14). The one 請求書 that 未支給年金, 遺族基礎年金, 寡婦年金 and 死亡一時金 share ticks in 「請求する給付」
 * exactly the benefits the checklist claims (procedures.json "implies"). The server's clock is moved to the day of the
 * report: every date below is written by hand.
 */
class PensionAfterADeathJourneysTest extends CounterJourneys {

    // ---- a husband of 64, still at work and drawing a pension, dies; his wife of 57, his dependant, reports it ------

    @Test
    void aPensionersDeathPrintsHimAsTheRecipientAndClaimantsDeceasedAndHisWifeAsTheInsuredOnlyOnHerOwnChange() {
        onDay(LocalDate.of(2025, 3, 4), () -> {
            String home = "静岡県下田市三丁目4番5号";
            TypedVisit visit = typedVisit("death", "岡田 陽子", "オカダ ヨウコ", "1967-04-01", "2", home, "415-0023",
                    "0558-22-6666");
            String visitId = visit.id();
            String ticket = visit.ticket();
            Map<String, Object> update = visit.update();
            update.put("eventDate", "2025-02-26");
            Map<String, Object> husband = deceased("岡田 浩", "オカダ ヒロシ", "1960-08-15", "1", "spouse");
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
            // 未支給年金: he is the deceased, she the 請求者; no child to list. The 未支給年金 box alone is ticked.
            print.boxes("survivor-pension-claim", with(wife, him, "answers.relation-to-deceased", "妻"))
                    .scanned("survivor-pension-claim", Map.of("answers.claims-unpaid", "yes"))
                    .notScanned("survivor-pension-claim", "household[0].name", "answers.claims-survivor-basic",
                            "answers.claims-widow", "answers.claims-lump-sum");
            // 相続人代表者: she is his only heir at home.
            print.boxes("property-tax-heir", with(wife, him, "answers.relation-to-deceased", "妻"));
            assertThat(blanksOf(visitId)).containsExactly("pension-recipient-death:answers.deceased-pension-number");
        });
    }

    // ---- a self-employed father of 46 (第1号) drawing a 障害基礎年金 dies; his wife of 44 and their son of 15 -------

    @Test
    void aWidowWithASonClaimsTheSurvivorsBasicPensionAndThePensionUnpaidOnTheOneFormTickingBothAndNothingElse() {
        onDay(LocalDate.of(2025, 6, 10), () -> {
            String home = "静岡県下田市一丁目2番3号";
            TypedVisit visit = typedVisit("death", "田中 美穂", "タナカ ミホ", "1981-05-20", "2", home, "415-0021",
                    "0558-22-7777");
            String visitId = visit.id();
            String ticket = visit.ticket();
            Map<String, Object> update = visit.update();
            update.put("eventDate", "2025-06-01");
            Map<String, Object> husband = deceased("田中 健一", "タナカ ケンイチ", "1979-02-14", "1", "spouse");
            update.put("members", List.of(husband, member("田中 大輝", "タナカ ダイキ", "2010-01-20", "1", "child", false)));
            Map<String, String> answers = nothingElseToSettle(Map.of("death-registered", "yes",
                    "deceased-health-insurance", "national", "deceased-was-householder", "no",
                    "deceased-received-pension", "yes", "survivor-third-category", "no", "deceased-dog", "no",
                    "juminhyo-wanted", "no", "deceased-received-child-allowance", "no"));
            answers.put("deceased-first-category", "yes");
            update.put("answers", answers);
            save(visitId, update);

            PrintedJourney print = print(visitId);

            print.hasForms(List.of("nhi-withdraw", "pension-recipient-death", "funeral-expenses",
                    "survivor-pension-claim", "child-rearing-allowance", "single-parent-medical", "property-tax-heir",
                    "tax-certificate-request"));
            Map<String, String> wife = with(Map.of(), "visit.ticketNumber", ticket, "visit.date", "令和7年6月10日",
                    "resident.address", home, "resident.name", "田中 美穂", "resident.kana", "タナカ ミホ",
                    "resident.birthDate", "昭和56年5月20日", "resident.phone", "0558-22-7777");
            Map<String, String> him = with(Map.of(), "deceased.name", "田中 健一", "deceased.birthDate", "昭和54年2月14日",
                    "deceased.deathDate", "令和7年6月1日", "deceased.address", home);
            List<String> withoutSex = List.of("name", "kana", "birthDate", "relationship");
            Map<String, String> son = rows(withoutSex, new String[] {"田中 大輝", "タナカ ダイキ", "平成22年1月20日", "子"});
            // His 国保 ends the day after he died (国民健康保険法 §8); she heads the household.
            print.boxes("nhi-withdraw", with(wife, "householder.name", "田中 美穂", "derived.lossDate", "令和7年6月2日",
                            rows(List.of("name", "kana", "birthDate", "sex", "relationship"),
                                    new String[] {"田中 健一", "タナカ ケンイチ", "昭和54年2月14日", "男", "夫"})))
                    .scanned("nhi-withdraw", Map.of("answers.nhi-reason", "death"));
            print.boxes("funeral-expenses", with(without(wife, "resident.birthDate"), him,
                    "answers.relation-to-deceased", "妻"));
            print.boxes("pension-recipient-death", with(wife, him, "answers.relation-to-deceased", "妻"));
            // One 請求書, two claims: 遺族基礎年金 (a 第1号 member died leaving a child, 国民年金法 §37) and his 障害基礎年金
            // due up to his death (§19). Not 寡婦年金 (a child at home), not 死亡一時金 (§52-2: he drew a pension).
            print.boxes("survivor-pension-claim", with(wife, him, "answers.relation-to-deceased", "妻", son))
                    .scanned("survivor-pension-claim", Map.of("answers.claims-survivor-basic", "yes",
                            "answers.claims-unpaid", "yes"))
                    .notScanned("survivor-pension-claim", "answers.claims-widow", "answers.claims-lump-sum",
                            "household[1].name");
            print.boxes("child-rearing-allowance", with(wife, son))
                    .scanned("child-rearing-allowance", Map.of("answers.rearing-reason", "death"));
            print.boxes("single-parent-medical", with(wife, son));
            print.boxes("tax-certificate-request", wife);
            print.boxes("property-tax-heir", with(wife, him, "answers.relation-to-deceased", "妻", son));
            assertThat(blanksOf(visitId)).containsExactly("pension-recipient-death:answers.deceased-pension-number");
        });
    }

    // ---- a self-employed husband of 62 (第1号, no pension yet) dies; his wife of 66 has no 遺族基礎年金 or 寡婦年金 -----

    @Test
    void withNobodyForASurvivorsPensionTheWidowClaimsTheLumpSumAloneAndOnlyItsBoxIsTicked() {
        onDay(LocalDate.of(2025, 9, 16), () -> {
            String home = "静岡県下田市五丁目6番7号";
            TypedVisit visit = typedVisit("death", "松本 和子", "マツモト カズコ", "1959-04-03", "2", home, "415-0025",
                    "0558-22-8888");
            String visitId = visit.id();
            String ticket = visit.ticket();
            Map<String, Object> update = visit.update();
            update.put("eventDate", "2025-09-07");
            Map<String, Object> husband = deceased("松本 進", "マツモト ススム", "1963-01-25", "1", "spouse");
            update.put("members", List.of(husband));
            Map<String, String> answers = nothingElseToSettle(Map.of("death-registered", "yes",
                    "deceased-health-insurance", "national", "deceased-was-householder", "no",
                    "deceased-received-pension", "no", "survivor-third-category", "no", "deceased-dog", "no",
                    "juminhyo-wanted", "no"));
            answers.put("deceased-first-category", "yes");
            update.put("answers", answers);
            save(visitId, update);

            PrintedJourney print = print(visitId);

            print.hasForms(List.of("nhi-withdraw", "funeral-expenses", "survivor-pension-claim", "property-tax-heir"));
            Map<String, String> wife = with(Map.of(), "visit.ticketNumber", ticket, "visit.date", "令和7年9月16日",
                    "resident.address", home, "resident.name", "松本 和子", "resident.kana", "マツモト カズコ",
                    "resident.birthDate", "昭和34年4月3日", "resident.phone", "0558-22-8888");
            Map<String, String> him = with(Map.of(), "deceased.name", "松本 進", "deceased.birthDate", "昭和38年1月25日",
                    "deceased.deathDate", "令和7年9月7日", "deceased.address", home);
            print.boxes("nhi-withdraw", with(wife, "householder.name", "松本 和子", "derived.lossDate", "令和7年9月8日",
                            rows(List.of("name", "kana", "birthDate", "sex", "relationship"),
                                    new String[] {"松本 進", "マツモト ススム", "昭和38年1月25日", "男", "夫"})))
                    .scanned("nhi-withdraw", Map.of("answers.nhi-reason", "death"));
            print.boxes("funeral-expenses", with(without(wife, "resident.birthDate"), him,
                    "answers.relation-to-deceased", "妻"));
            // 死亡一時金 (国民年金法 §52-2): no child for a 遺族基礎年金, she is past the 寡婦年金's 60–64, he drew nothing.
            print.boxes("survivor-pension-claim", with(wife, him, "answers.relation-to-deceased", "妻"))
                    .scanned("survivor-pension-claim", Map.of("answers.claims-lump-sum", "yes"))
                    .notScanned("survivor-pension-claim", "answers.claims-survivor-basic", "answers.claims-widow",
                            "answers.claims-unpaid", "household[0].name");
            print.boxes("property-tax-heir", with(wife, him, "answers.relation-to-deceased", "妻"));
            assertThat(blanksOf(visitId)).isEmpty();
        });
    }

    private static Map<String, String> without(Map<String, String> boxes, String key) {
        Map<String, String> less = new java.util.LinkedHashMap<>(boxes);
        less.remove(key);
        return less;
    }
}
