package jp.kakanai.server.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Golden journeys of a household moving in with elderly members: the 後期高齢者医療 異動届 lists each person aged 75 or
 * over (高齢者の医療の確保に関する法律 §50) and the 介護保険 届 each person aged 65 or over (介護保険法 §9 第1号被保険者) as
 * 被保険者, whoever reports it, and nobody else. The server's clock is moved to 令和7年6月10日 (a Tuesday) so every age
 * and date below is written by hand: nothing depends on the day the test runs.
 */
class ElderlyMoveInJourneysTest extends CounterJourneys {
    private static final String OLD_HOME = "東京都練馬区豊玉北六丁目12番1号";
    /** Picked from 下田市's address master: 東本郷一丁目5番18号. */
    private static final String NEW_HOME = "静岡県下田市東本郷一丁目5番18号";
    /** The day of both visits: a Tuesday. */
    private static final LocalDate JUNE_10_2025 = LocalDate.of(2025, 6, 10);
    private static final List<String> COLUMNS = List.of("name", "kana", "birthDate", "sex", "relationship");

    // ---- a daughter of 50 moves in with her father of 78 and her mother of 68 --------------------------------------

    @Test
    void aDaughterMovingInWithHerParentsPrintsHerFatherOnTheLateElderlyFormAndBothParentsOnTheCareForm() {
        onDay(JUNE_10_2025, () -> {
            String visitId = startTyped("move-in", "木村 恵子", "キムラ ケイコ", "1975-02-14", "2", OLD_HOME, "176-0012",
                    "0558-22-7777");
            String ticket = ticketOf(visitId);
            Map<String, Object> update = typedUpdate("木村 恵子", "キムラ ケイコ", "1975-02-14", "2", OLD_HOME, "176-0012",
                    "0558-22-7777");
            update.put("move", Map.of("date", "2025-06-02", "newAddress",
                    Map.of("machiazaId", "0027001", "block", 5, "residence", 18)));
            update.put("members", List.of(
                    member("木村 正男", "キムラ マサオ", "1947-03-03", "1", "parent", false),
                    member("木村 節子", "キムラ セツコ", "1957-01-20", "2", "parent", false)));
            // She works; her mother is her dependant in the workplace insurance, her father in 後期高齢者医療.
            update.put("answers", moveInAnswers("workplace"));
            save(visitId, update);

            PrintedJourney print = print(visitId);

            print.hasForms(List.of("resident-change", "late-elderly-medical", "long-term-care"));
            String[] keiko = {"木村 恵子", "キムラ ケイコ", "昭和50年2月14日", "女", "世帯主"};
            String[] masao = {"木村 正男", "キムラ マサオ", "昭和22年3月3日", "男", "父"};
            String[] setsuko = {"木村 節子", "キムラ セツコ", "昭和32年1月20日", "女", "母"};
            print.boxes("resident-change", with(Map.of("visit.ticketNumber", ticket, "visit.date", "令和7年6月10日",
                            "resident.address", NEW_HOME, "resident.name", "木村 恵子", "resident.phone", "0558-22-7777"),
                            "move.date", "令和7年6月2日", "move.newAddress", NEW_HOME, "move.previousAddress", OLD_HOME,
                            "householder.name", "木村 恵子", rows(COLUMNS, keiko, masao, setsuko)))
                    .scanned("resident-change", Map.of("move.kind", "move-in"));
            Map<String, String> daughter = reporter(ticket, "木村 恵子", "キムラ ケイコ", "昭和50年2月14日", "0558-22-7777");
            // She reports; only her father is 75 or over.
            print.boxes("late-elderly-medical", with(daughter, rows(COLUMNS, masao)))
                    .scanned("late-elderly-medical", Map.of("answers.late-elderly-kind", "move-in", "resident.sex", "2"))
                    .notScanned("late-elderly-medical", "household[1].name");
            // Both parents are 65 or over; she, at 50, is not a 第1号被保険者.
            print.boxes("long-term-care", with(daughter, rows(COLUMNS, masao, setsuko)))
                    .scanned("long-term-care", Map.of("answers.care-kind", "enrol"))
                    .notScanned("long-term-care", "household[2].name");
            assertThat(blanksOf(visitId)).isEmpty();
        });
    }

    // ---- a husband of 77 moves in with his wife of 70: he is on every elderly form, she only where 65+ counts -------

    @Test
    void anElderlyCoupleMovingInPrintsTheHusbandOnTheLateElderlyFormBothOnTheCareFormAndTheWifeOnTheNhi() {
        onDay(JUNE_10_2025, () -> {
            String visitId = startTyped("move-in", "佐々木 勇", "ササキ イサム", "1948-01-05", "1", OLD_HOME, "176-0012",
                    "0558-22-8888");
            String ticket = ticketOf(visitId);
            Map<String, Object> update = typedUpdate("佐々木 勇", "ササキ イサム", "1948-01-05", "1", OLD_HOME, "176-0012",
                    "0558-22-8888");
            update.put("move", Map.of("date", "2025-06-02", "newAddress",
                    Map.of("machiazaId", "0027001", "block", 5, "residence", 18)));
            update.put("members", List.of(member("佐々木 和子", "ササキ カズコ", "1955-05-05", "2", "spouse", false)));
            update.put("answers", moveInAnswers("national"));
            save(visitId, update);

            PrintedJourney print = print(visitId);

            print.hasForms(List.of("resident-change", "nhi-enroll", "late-elderly-medical", "long-term-care"));
            String[] isamu = {"佐々木 勇", "ササキ イサム", "昭和23年1月5日", "男", "世帯主"};
            String[] kazuko = {"佐々木 和子", "ササキ カズコ", "昭和30年5月5日", "女", "妻"};
            print.boxes("resident-change", with(Map.of("visit.ticketNumber", ticket, "visit.date", "令和7年6月10日",
                            "resident.address", NEW_HOME, "resident.name", "佐々木 勇", "resident.phone", "0558-22-8888"),
                            "move.date", "令和7年6月2日", "move.newAddress", NEW_HOME, "move.previousAddress", OLD_HOME,
                            "householder.name", "佐々木 勇", rows(COLUMNS, isamu, kazuko)));
            Map<String, String> husband = reporter(ticket, "佐々木 勇", "ササキ イサム", "昭和23年1月5日", "0558-22-8888");
            // 国保: she alone, under 75; he left it for 後期高齢者医療 at 75.
            Map<String, String> nhi = new LinkedHashMap<>(husband);
            nhi.remove("move.date"); // its 資格取得日 is the day of the move
            print.boxes("nhi-enroll", with(nhi, "derived.acquiredDate", "令和7年6月2日", "move.previousAddress", OLD_HOME,
                            rows(COLUMNS, kazuko)))
                    .scanned("nhi-enroll", Map.of("answers.nhi-reason", "move-in"));
            print.boxes("late-elderly-medical", with(husband, rows(COLUMNS, isamu)))
                    .scanned("late-elderly-medical", Map.of("answers.late-elderly-kind", "move-in", "resident.sex", "1"))
                    .notScanned("late-elderly-medical", "household[1].name");
            print.boxes("long-term-care", with(husband, rows(COLUMNS, isamu, kazuko)))
                    .scanned("long-term-care", Map.of("answers.care-kind", "enrol"));
            assertThat(blanksOf(visitId)).isEmpty();
        });
    }

    /** The reporter's boxes of the insurance forms, on the new address, and the move's date. */
    private static Map<String, String> reporter(String ticket, String name, String kana, String born, String phone) {
        return with(Map.of(), "visit.ticketNumber", ticket, "visit.date", "令和7年6月10日", "resident.address", NEW_HOME,
                "resident.name", name, "resident.kana", kana, "resident.birthDate", born, "resident.phone", phone,
                "householder.name", name, "move.date", "令和7年6月2日");
    }

    private static Map<String, String> moveInAnswers(String healthInsurance) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("health-insurance", healthInsurance);
        answers.put("pension-first-category", "no");
        answers.put("care-certified", "no");
        answers.put("my-number-card", "no");
        answers.put("seal-wanted", "no");
        answers.put("dog", "no");
        answers.put("juminhyo-wanted", "no");
        answers.put("moped", "no");
        answers.put("disability-certificate", "no");
        return answers;
    }
}
