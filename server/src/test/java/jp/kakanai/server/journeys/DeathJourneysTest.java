package jp.kakanai.server.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Golden journeys after a death in the household (おくやみ, issue 13): every filled box of every printed form read back
 * against values written here by hand. The server's clock is moved to the day of the report, so that every date is
 * hand-written too: the 資格喪失日 the day after the death (国民健康保険法 §8, 高齢者の医療の確保に関する法律 §53,
 * 介護保険法 §11) across the end of 平成 and a year's end, and blank (and listed) when nobody knows the day of death.
 */
class DeathJourneysTest extends CounterJourneys {

    // ---- journey 6: a father dies on the last day of 平成; his wife reports it a week later, two children at home ---

    @Test
    void aDeathPutsTheDeceasedOnlyWhereTheDeceasedBelongsAndTheSurvivorsOnTheChangeOfHouseholder() {
        List<String> blanks = theFatherDied(Optional.of("2019-04-30"));

        // Left to the clerk: only the mother's pension kind (not asked). The 資格喪失日 follows from the day of death.
        assertThat(blanks).containsExactly("child-allowance:answers.pension-type");
    }

    // ---- journey 6b: the same, but the mother does not know the day he died (「わからない」 at the kiosk) ----------

    @Test
    void aDeathOnADayNobodyKnowsLeavesTheDayOfDeathAndTheLossOfInsuranceBlankAndListsThem() {
        List<String> blanks = theFatherDied(Optional.empty());

        assertThat(blanks).containsExactly("nhi-withdraw:derived.lossDate", "funeral-expenses:deceased.deathDate",
                "child-allowance:answers.pension-type", "property-tax-heir:deceased.deathDate");
    }

    // ---- journey 6c: a husband of 80 dies on New Year's Eve; his wife of 77, now alone, reports it -------------

    @Test
    void anElderlyDeathEndsTheLateElderlyAndCareInsuranceOnTheDayAfterPrintedForTheDeceased() {
        onDay(LocalDate.of(2019, 1, 8), () -> {
            String home = "静岡県下田市二丁目8番9号";
            String visitId = startTyped("death", "中村 千代", "ナカムラ チヨ", "1941-07-07", "2", home, "415-0022",
                    "0558-22-5555");
            String ticket = ticketOf(visitId);
            Map<String, Object> update = typedUpdate("中村 千代", "ナカムラ チヨ", "1941-07-07", "2", home, "415-0022",
                    "0558-22-5555");
            update.put("eventDate", "2018-12-31");
            Map<String, Object> husband = member("中村 茂", "ナカムラ シゲル", "1938-03-10", "1", "spouse", false);
            husband.put("deceased", true);
            update.put("members", List.of(husband));
            update.put("answers", nothingElseToSettle(Map.of("death-registered", "yes",
                    "deceased-was-householder", "yes", "deceased-received-pension", "no", "deceased-dog", "no",
                    "juminhyo-wanted", "no")));
            save(visitId, update);

            PrintedJourney print = print(visitId);

            print.hasForms(List.of("late-elderly-medical", "funeral-expenses", "long-term-care", "property-tax-heir"));
            Map<String, String> wife = with(Map.of(), "visit.ticketNumber", ticket, "visit.date", "平成31年1月8日",
                    "resident.address", home, "resident.name", "中村 千代", "resident.phone", "0558-22-5555",
                    "resident.kana", "ナカムラ チヨ", "resident.birthDate", "昭和16年7月7日");
            // He died on 平成30年12月31日; his 後期高齢者医療 and 介護保険 ended the next day, 平成31年1月1日.
            Map<String, String> him = with(Map.of(), "deceased.name", "中村 茂", "deceased.birthDate", "昭和13年3月10日",
                    "deceased.deathDate", "平成30年12月31日");
            print.boxes("late-elderly-medical", with(wife, him, "householder.name", "中村 千代",
                            "derived.lossDate", "平成31年1月1日"))
                    .scanned("late-elderly-medical", Map.of("answers.late-elderly-kind", "death"));
            print.boxes("long-term-care", with(wife, him, "householder.name", "中村 千代",
                            "derived.lossDate", "平成31年1月1日"))
                    .scanned("long-term-care", Map.of("answers.care-kind", "death"));
            print.boxes("funeral-expenses", with(Map.of("visit.ticketNumber", ticket, "visit.date", "平成31年1月8日",
                    "resident.address", home, "resident.kana", "ナカムラ チヨ", "resident.phone", "0558-22-5555",
                    "resident.name", "中村 千代", "deceased.address", home), him, "answers.relation-to-deceased", "妻"));
            // She is his only heir at home: the table of the other heirs stays empty.
            print.boxes("property-tax-heir", with(wife, him, "deceased.address", home, "answers.relation-to-deceased", "妻"));
            assertThat(blanksOf(visitId)).as("the day of death known, nothing required is left blank").isEmpty();
        });
    }

    /**
     * The father's death reported by his wife on 令和元年5月7日 (the server's clock set to that day), the day he died
     * given or not: every filled box of the nine forms, and the blank required boxes the clerk is told of.
     */
    private List<String> theFatherDied(Optional<String> died) {
        List<String> blanks = new java.util.ArrayList<>();
        onDay(LocalDate.of(2019, 5, 7), () -> blanks.addAll(theFatherDiedOn2019May7(died)));
        return blanks;
    }

    private List<String> theFatherDiedOn2019May7(Optional<String> died) {
        String home = "静岡県下田市四丁目5番6号";
        String visitId = startTyped("death", "高橋 由美", "タカハシ ユミ", "1980-01-20", "2", home, "415-0024", "0558-22-9999");
        String ticket = ticketOf(visitId);
        Map<String, Object> update = typedUpdate("高橋 由美", "タカハシ ユミ", "1980-01-20", "2", home, "415-0024", "0558-22-9999");
        died.ifPresent(day -> update.put("eventDate", day));
        Map<String, Object> father = member("高橋 誠", "タカハシ マコト", "1978-06-06", "1", "spouse", false);
        father.put("deceased", true);
        update.put("members", List.of(father,
                member("高橋 翔", "タカハシ ショウ", "2012-03-03", "1", "child", false),
                member("高橋 凛", "タカハシ リン", "2015-10-10", "2", "child", false)));
        // The father received the 児童手当 for both children; nothing else of his is left to settle (no property, card,
        // services, vehicle, grave or house in his name).
        update.put("answers", nothingElseToSettle(Map.of("death-registered", "yes",
                "deceased-health-insurance", "national", "deceased-was-householder", "yes", "deceased-received-pension", "no",
                "survivor-third-category", "no", "deceased-dog", "no", "juminhyo-wanted", "no",
                "deceased-received-child-allowance", "yes")));
        save(visitId, update);

        PrintedJourney print = print(visitId);

        print.hasForms(List.of("resident-change", "nhi-withdraw", "funeral-expenses", "nhi-change", "child-allowance",
                "child-medical-subsidy", "child-rearing-allowance", "single-parent-medical", "property-tax-heir"));
        String reported = "令和元年5月7日";
        Map<String, String> wife = with(Map.of(), "visit.ticketNumber", ticket, "visit.date", reported,
                "resident.address", home, "resident.name", "高橋 由美", "resident.phone", "0558-22-9999",
                "resident.kana", "タカハシ ユミ", "resident.birthDate", "昭和55年1月20日");
        // The day he died, and the day his insurance ended: the day after (国民健康保険法 §8), the first day of 令和.
        Map<String, String> deathDay = died.isPresent() ? Map.of("deceased.deathDate", "平成31年4月30日") : Map.of();
        Map<String, String> lossDay = died.isPresent() ? Map.of("derived.lossDate", "令和元年5月1日") : Map.of();
        List<String> columns = List.of("name", "kana", "birthDate", "sex", "relationship");
        String[] yumi = {"高橋 由美", "タカハシ ユミ", "昭和55年1月20日", "女", "世帯主"};
        String[] sho = {"高橋 翔", "タカハシ ショウ", "平成24年3月3日", "男", "子"};
        String[] rin = {"高橋 凛", "タカハシ リン", "平成27年10月10日", "女", "子"};
        print.boxes("resident-change", with(Map.of("visit.ticketNumber", ticket, "visit.date", reported,
                        "resident.address", home, "resident.name", "高橋 由美", "resident.phone", "0558-22-9999"),
                        "householder.name", "高橋 由美", rows(columns, yumi, sho, rin)))
                .notScanned("resident-change", "household[3].name", "move.kind");
        print.boxes("nhi-withdraw", with(wife, "householder.name", "高橋 由美", lossDay,
                        rows(columns, new String[] {"高橋 誠", "タカハシ マコト", "昭和53年6月6日", "男", "夫"})))
                .scanned("nhi-withdraw", Map.of("answers.nhi-reason", "death"));
        print.boxes("funeral-expenses", with(Map.of("visit.ticketNumber", ticket, "visit.date", reported,
                "deceased.address", home, "deceased.name", "高橋 誠", "deceased.birthDate", "昭和53年6月6日",
                "resident.address", home, "resident.kana", "タカハシ ユミ",
                "resident.phone", "0558-22-9999", "resident.name", "高橋 由美"), deathDay, "answers.relation-to-deceased", "妻"));
        // The town pack's おくやみ forms (issue 17): the children stay with their mother, who now heads the household
        // and raises them alone; the late father is named only where the deceased belongs, never as her spouse. The
        // 国保 世帯主変更 lists everyone who stays insured, the new 世帯主 first, each by 続柄 to her.
        List<String> withoutSex = List.of("name", "kana", "birthDate", "relationship");
        print.boxes("nhi-change", with(wife, "deceased.name", "高橋 誠", "householder.name", "高橋 由美",
                        rows(withoutSex, drop(yumi, 3), drop(sho, 3), drop(rin, 3))))
                .scanned("nhi-change", Map.of("answers.nhi-change-kind", "householder"))
                .notScanned("nhi-change", "household[3].name");
        print.boxes("child-allowance", with(wife, rows(withoutSex, drop(sho, 3), drop(rin, 3))))
                .notScanned("child-allowance", "answers.spouse-name");
        print.boxes("child-medical-subsidy", with(wife, rows(columns, sho, rin)));
        print.boxes("child-rearing-allowance", with(wife, rows(withoutSex, drop(sho, 3), drop(rin, 3))))
                .scanned("child-rearing-allowance", Map.of("answers.rearing-reason", "death"));
        print.boxes("single-parent-medical", with(wife, rows(withoutSex, drop(sho, 3), drop(rin, 3))));
        print.boxes("property-tax-heir", with(wife, "deceased.name", "高橋 誠", "deceased.birthDate", "昭和53年6月6日",
                "deceased.address", home, deathDay, "answers.relation-to-deceased", "妻",
                rows(withoutSex, drop(sho, 3), drop(rin, 3))));
        // The 住民異動届 is a 世帯主変更 here, not a move: its move boxes are not asked for (issue 13).
        return blanksOf(visitId);
    }
}
