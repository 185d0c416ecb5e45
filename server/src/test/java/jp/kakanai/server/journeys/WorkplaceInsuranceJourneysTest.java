package jp.kakanai.server.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Leaving the 国保 on joining a workplace health insurance (就職): the 資格喪失日 is the day after the workplace insurance
 * began (国民健康保険法 §8, 第6条第1号), worked out by the form from the interview's date; blank and listed for the clerk
 * when the resident does not know that day. Joining it on leaving a job (退職): the 資格取得日 is the day after the last
 * day of work (健康保険法 §36, 国民健康保険法 §7). The server's clock is moved to 令和7年4月8日 (a Tuesday): every date below
 * is written by hand.
 */
class WorkplaceInsuranceJourneysTest extends CounterJourneys {
    private static final String HOME = "静岡県下田市二丁目3番4号";

    // ---- a man of 29 starts a job; his employer's insurance began on 令和7年3月31日, the last day of a month and year -

    @Test
    void joiningTheEmployersInsuranceOnTheLastDayOfMarchEndsTheNhiOnTheFirstOfApril() {
        List<String> blanks = hisNewJobsInsuranceBegan(Optional.of("2025-03-31"), "令和7年4月1日");

        assertThat(blanks).isEmpty();
    }

    // ---- the same, but he does not know yet from which day he is insured ------------------------------------------

    @Test
    void aDayNobodyKnowsLeavesTheLossOfNhiBlankAndListsItForTheClerk() {
        List<String> blanks = hisNewJobsInsuranceBegan(Optional.empty(), null);

        assertThat(blanks).containsExactly("nhi-withdraw:derived.lossDate");
    }

    // ---- a man of 60 leaves his job on 令和7年3月31日: his workplace insurance ends, 国保 begins on 4月1日 ---------------

    @Test
    void leavingAJobOnTheLastDayOfMarchStartsTheNhiOnTheFirstOfApril() {
        onDay(LocalDate.of(2025, 4, 8), () -> {
            String visitId = startTyped("retirement", "井上 修", "イノウエ オサム", "1965-01-15", "1", HOME, "415-0022",
                    "0558-22-3210");
            String ticket = ticketOf(visitId);
            Map<String, Object> update = typedUpdate("井上 修", "イノウエ オサム", "1965-01-15", "1", HOME, "415-0022",
                    "0558-22-3210");
            update.put("eventDate", "2025-03-31");
            update.put("members", List.of());
            update.put("answers", Map.of("health-insurance", "national", "public-servant", "no", "juminhyo-wanted", "no"));
            save(visitId, update);

            PrintedJourney print = print(visitId);

            print.hasForms(List.of("nhi-enroll"));
            // 健康保険法 §36: the workplace insurance ends the day after his last day; 国保 begins that day (国保法 §7).
            print.boxes("nhi-enroll", with(Map.of(), "visit.ticketNumber", ticket, "visit.date", "令和7年4月8日",
                            "resident.address", HOME, "resident.name", "井上 修", "resident.kana", "イノウエ オサム",
                            "resident.birthDate", "昭和40年1月15日", "resident.phone", "0558-22-3210",
                            "householder.name", "井上 修", "derived.acquiredDate", "令和7年4月1日",
                            rows(List.of("name", "kana", "birthDate", "sex", "relationship"),
                                    new String[] {"井上 修", "イノウエ オサム", "昭和40年1月15日", "男", "世帯主"})))
                    .scanned("nhi-enroll", Map.of("answers.nhi-reason", "left-employee-insurance"));
            assertThat(blanksOf(visitId)).isEmpty();
        });
    }

    /** His visit on 令和7年4月8日, the insurance's first day given or not; every filled box of every form printed. */
    private List<String> hisNewJobsInsuranceBegan(Optional<String> began, String lossDate) {
        List<String> blanks = new java.util.ArrayList<>();
        onDay(LocalDate.of(2025, 4, 8), () -> {
            String visitId = startTyped("employment", "松本 大輔", "マツモト ダイスケ", "1995-09-09", "1", HOME, "415-0022",
                    "0558-22-4444");
            String ticket = ticketOf(visitId);
            Map<String, Object> update = typedUpdate("松本 大輔", "マツモト ダイスケ", "1995-09-09", "1", HOME, "415-0022",
                    "0558-22-4444");
            began.ifPresent(day -> update.put("eventDate", day));
            update.put("members", List.of());
            update.put("answers", Map.of("joined-employee-insurance", "yes", "pension-exemption", "no",
                    "public-servant", "no", "juminhyo-wanted", "no"));
            save(visitId, update);

            PrintedJourney print = print(visitId);

            print.hasForms(List.of("nhi-withdraw"));
            Map<String, String> boxes = with(Map.of(), "visit.ticketNumber", ticket, "visit.date", "令和7年4月8日",
                    "resident.address", HOME, "resident.name", "松本 大輔", "resident.kana", "マツモト ダイスケ",
                    "resident.birthDate", "平成7年9月9日", "resident.phone", "0558-22-4444", "householder.name", "松本 大輔",
                    rows(List.of("name", "kana", "birthDate", "sex", "relationship"),
                            new String[] {"松本 大輔", "マツモト ダイスケ", "平成7年9月9日", "男", "世帯主"}));
            if (lossDate != null) {
                boxes.put("derived.lossDate", lossDate);
            }
            print.boxes("nhi-withdraw", boxes)
                    .scanned("nhi-withdraw", Map.of("answers.nhi-reason", "joined-employee-insurance", "resident.sex", "1"));
            blanks.addAll(blanksOf(visitId));
        });
        return blanks;
    }
}
