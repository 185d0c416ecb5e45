package jp.kakanai.server.journeys;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.api.ApiJson;
import org.junit.jupiter.api.Test;

/**
 * Golden journeys (issue 13): whole visits through the real HTTP APIs, their print read back, every filled box of
 * every form compared with values written here by hand. Only the day-dependent values (届出日, a move a few days ago,
 * the ticket number) are taken from the run: the server's clock is the real one. The journeys after a death are
 * {@link DeathJourneysTest}.
 */
class GoldenJourneysTest extends CounterJourneys {
    static final LocalDate MOVED = TODAY.minusDays(3);
    /** The family's new home, picked from 下田市's address master: 東本郷一丁目5番18号. */
    static final String NEW_HOME = "静岡県下田市東本郷一丁目5番18号 ヤマダハイツ201";
    /** The demo card's address: where the family lived before. */
    static final String OLD_HOME = "東京都千代田区霞が関一丁目2番3号 かかないハイツ101号室";

    // ---- journey 3: a family of four moving in, entered entirely by the clerk ------------------------------------

    @Test
    void aFamilyOfFourMovingInEnteredByTheClerkPrintsEveryoneInTheirRole() {
        var started = http().asClerk().postJson("/api/interviews", Map.of("lifeEvent", "move-in", "source", "typed",
                "counter", "2番窓口", "resident", Map.of("name", "山田 花子", "kana", "やまだ はなこ", "birthDate", "昭和64年1月7日",
                        "sex", "2", "address", OLD_HOME, "postcode", "100-0013", "phone", "0558-22-1234")));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String visitId = json(started).get("visitId").asText();
        String ticket = json(started).get("ticketNumber").asText();
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("version", 0);
        update.put("resident", Map.of("name", "山田 花子", "kana", "ヤマダ ハナコ", "birthDate", "1989-01-07", "sex", "2",
                "address", OLD_HOME, "postcode", "100-0013", "phone", "0558-22-1234"));
        update.put("move", Map.of("date", MOVED.toString(), "newAddress",
                Map.of("machiazaId", "0027001", "block", 5, "residence", 18, "building", "ヤマダハイツ201")));
        update.put("members", List.of(
                member("山田 太郎", "ヤマダ タロウ", "昭和62年5月1日", "1", "spouse", true),
                member("山田 一郎", "ヤマダ イチロウ", "令和元年6月1日", "1", "child", false),
                member("山田 桜", "ヤマダ サクラ", "令和6年2月1日", "2", "child", false)));
        update.put("answers", familyAnswers());
        var saved = http().asClerk().sendJson("PUT", "/api/interviews/" + visitId, toJson(update));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        PrintedJourney print = print(visitId);

        print.hasForms(List.of("resident-change", "nhi-enroll", "child-allowance", "child-medical-subsidy"));
        familyOfFourMovingIn(print, ticket, true);
    }

    // ---- journey 1: the same family at the kiosk with the mother's My Number Card, taken over by the clerk -------

    @Test
    void aFamilyOfFourCheckedInAtTheKioskAndTakenOverPrintsWhatTheKioskCollected() {
        String ticket;
        try (KioskAtTheHall kiosk = new KioskAtTheHall(port)) {
            kiosk.readTheCard();
            kiosk.chooseLifeEvent("move-in");
            kiosk.answerEveryQuestion(familyAnswers(), Map.of("known", true, "members", List.of(
                    Map.of("relationship", "spouse", "birthDate", "1987-05-01", "sex", "1", "householder", true),
                    Map.of("relationship", "child", "birthDate", "2019-06-01"),
                    Map.of("relationship", "child", "birthDate", "2024-02-01"))));
            kiosk.pickTheMove(Map.of("date", MOVED.toString(), "newAddress",
                    Map.of("machiazaId", "0027000", "chome", 1, "block", 5, "residence", 18, "building", "ヤマダハイツ201")));
            ticket = kiosk.checkIn();
        }
        String visitId = takeOver(ticket);
        JsonNode interview = json(http().asClerk().get("/api/interviews/" + visitId));
        assertThat(interview.at("/move/newAddress/text").asText()).isEqualTo(NEW_HOME);
        assertThat(interview.at("/members/0/householder").asBoolean()).isTrue();
        // The clerk asks the names the kiosk does not (it is writing-free) and the phone number.
        clerkCompletes(visitId, interview, List.of(
                member("山田 太郎", "ヤマダ タロウ", "1987-05-01", "1", "spouse", true),
                member("山田 一郎", "ヤマダ イチロウ", "2019-06-01", "1", "child", false),
                member("山田 桜", "ヤマダ サクラ", "2024-02-01", "2", "child", false)));

        PrintedJourney print = print(visitId);

        print.hasForms(List.of("resident-change", "nhi-enroll", "child-allowance", "child-medical-subsidy"));
        familyOfFourMovingIn(print, ticket, true);
    }

    // ---- journey 2: the same family prepared at home as a QR code, shown at the kiosk ---------------------------

    @Test
    void aFamilyOfFourFromAHomeQrKeepsTheNamesAndKanaTypedAtHome() {
        HttpFixture phone = http();
        var home = phone.get("/home/");
        String xsrf = home.headers().allValues("Set-Cookie").stream().flatMap(c -> java.net.HttpCookie.parse(c).stream())
                .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
        Map<String, Object> prepared = new LinkedHashMap<>();
        prepared.put("lifeEvent", "move-in");
        prepared.put("resident", Map.of("name", "山田 花子", "kana", "ヤマダ ハナコ", "address", OLD_HOME,
                "birthDate", "1989-01-07", "sex", "2"));
        prepared.put("answers", familyAnswers());
        Map<String, Object> husband = new LinkedHashMap<>(homeMember("spouse", "1987-05-01", "山田 太郎", "ヤマダ タロウ", "1"));
        husband.put("householder", true);
        prepared.put("household", List.of(husband,
                homeMember("child", "2019-06-01", "山田 一郎", "ヤマダ イチロウ", "1"),
                homeMember("child", "2024-02-01", "山田 桜", "ヤマダ サクラ", "2")));
        // The move made at home, the new address picked from the town's list (a 号 the town has not: refused).
        prepared.put("move", Map.of("date", MOVED.toString(), "newAddress",
                Map.of("machiazaId", "0027001", "block", 5, "residence", 1000, "building", "ヤマダハイツ201")));
        var refused = phone.postJson("/api/home-qr", toJson(prepared), "X-XSRF-TOKEN", xsrf);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("field").asText()).isEqualTo("move.newAddress.residence");
        prepared.put("move", Map.of("date", MOVED.toString(), "newAddress",
                Map.of("machiazaId", "0027001", "block", 5, "residence", 18, "building", "ヤマダハイツ201")));
        var qr = phone.postJson("/api/home-qr", toJson(prepared), "X-XSRF-TOKEN", xsrf);
        assertThat(qr.statusCode()).as(qr.body()).isEqualTo(200);
        assertThat(json(qr).get("payload").asText()).startsWith("KKN2:");
        String ticket;
        try (KioskAtTheHall kiosk = new KioskAtTheHall(port)) {
            kiosk.scanHomeQr(json(qr).get("payload").asText());
            kiosk.answerEveryQuestion(familyAnswers(), Map.of("known", true, "members", List.of()));
            ticket = kiosk.checkIn();
        }
        String visitId = takeOver(ticket);
        JsonNode interview = json(http().asClerk().get("/api/interviews/" + visitId));
        assertThat(interview.at("/members/1/name").asText()).isEqualTo("山田 一郎");
        // The code brought the move and the 世帯主: nobody picked or marked them again at the kiosk or counter.
        assertThat(interview.at("/move/newAddress/text").asText()).isEqualTo(NEW_HOME);
        assertThat(interview.at("/move/date").asText()).isEqualTo(MOVED.toString());
        assertThat(interview.at("/members/0/householder").asBoolean()).isTrue();
        // The clerk adds what the home page does not ask: the phone number; the rest goes back as it came.
        List<Object> members = new ArrayList<>();
        interview.get("members").forEach(m -> {
            Map<String, Object> entry = ApiJson.mapper().convertValue(m, Map.class);
            entry.keySet().retainAll(List.of("name", "kana", "birthDate", "sex", "relationship", "deceased", "kinship",
                    "householder"));
            members.add(entry);
        });
        clerkCompletes(visitId, interview, members);

        PrintedJourney print = print(visitId);

        print.hasForms(List.of("resident-change", "nhi-enroll", "child-allowance", "child-medical-subsidy"));
        familyOfFourMovingIn(print, ticket, true);
    }

    // ---- journey 4: a student moving in alone into a 地番 address, printed from the staff list --------------------

    @Test
    void aStudentMovingInAlonePrintsHisNewParcelAddressAndTheCardsAsThePreviousOne() {
        Map<String, Object> checkIn = new LinkedHashMap<>();
        checkIn.put("resident", Map.of("name", "佐藤 健", "address", "福岡県福岡市中央区天神一丁目1番1号",
                "birthDate", "2006-04-02", "sex", "1"));
        checkIn.put("lifeEvent", "move-in");
        checkIn.put("procedures", List.of("resident-move-in", "national-pension"));
        checkIn.put("household", Map.of("members", List.of()));
        checkIn.put("event", Map.of("move", Map.of("date", MOVED.toString(), "newAddress",
                Map.of("machiazaId", "0013000", "chiban", "2732-7", "building", "シーサイド荘3号室"))));
        checkIn.put("answers", Map.of("health-insurance", "workplace", "pension-first-category", "yes",
                "my-number-card", "no", "seal-wanted", "no", "dog", "no", "juminhyo-wanted", "no",
                "moped", "no", "disability-certificate", "no"));
        var created = http().asKiosk().postJson("/api/visits", toJson(checkIn));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String visitId = json(created).get("visitId").asText();
        String ticket = json(created).get("ticketNumber").asText();

        var pdf = http().asClerk().getBytes("/api/visits/" + visitId + "/forms/all.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        PrintedJourney print = new PrintedJourney(pdf.body(), List.of("resident-change", "national-pension"));

        String newHome = "静岡県下田市白浜2732番地7 シーサイド荘3号室";
        assertThat(print.pages()).isEqualTo(3);
        print.boxes("resident-change", with(Map.of(), "visit.ticketNumber", ticket, "visit.date", wareki(TODAY),
                        "move.date", wareki(MOVED), "move.newAddress", newHome,
                        "move.previousAddress", "福岡県福岡市中央区天神一丁目1番1号", "householder.name", "佐藤 健",
                        "resident.address", newHome, "resident.name", "佐藤 健",
                        "household[0].name", "佐藤 健", "household[0].birthDate", "平成18年4月2日",
                        "household[0].sex", "男", "household[0].relationship", "世帯主"))
                .scanned("resident-change", Map.of("move.kind", "move-in", "answers.card-continue", "no"));
        print.boxes("national-pension", Map.of("visit.ticketNumber", ticket, "visit.date", wareki(TODAY),
                        "resident.address", newHome, "resident.birthDate", "平成18年4月2日", "resident.name", "佐藤 健",
                        "householder.name", "佐藤 健", "derived.changeDate", wareki(MOVED)))
                .scanned("national-pension", Map.of("resident.sex", "1", "answers.pension-kind", "enrol-category1"));
    }

    // ---- journey 8: a family of five moving out; the 住民異動届's four rows go on over a 別紙 ---------------------

    @Test
    void aFamilyOfFiveMovingOutListsEveryoneWithTheRestOnAContinuationSheet() {
        String ownHome = "静岡県下田市三丁目4番5号";
        String yokohama = "神奈川県横浜市中区本町一丁目1番地";
        LocalDate leaving = TODAY.plusDays(7);
        var started = http().asClerk().postJson("/api/interviews", Map.of("lifeEvent", "move-out", "source", "typed",
                "resident", Map.of("name", "鈴木 一郎", "kana", "スズキ イチロウ", "birthDate", "1982-07-15", "sex", "1",
                        "address", ownHome, "postcode", "415-0023", "phone", "0558-23-4567")));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String visitId = json(started).get("visitId").asText();
        String ticket = json(started).get("ticketNumber").asText();
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("version", 0);
        update.put("resident", Map.of("name", "鈴木 一郎", "kana", "スズキ イチロウ", "birthDate", "1982-07-15", "sex", "1",
                "address", ownHome, "postcode", "415-0023", "phone", "0558-23-4567"));
        update.put("move", Map.of("date", leaving.toString(), "newAddress", Map.of("text", yokohama, "postcode", "231-0005")));
        update.put("members", List.of(
                member("鈴木 花子", "スズキ ハナコ", "1985-03-03", "2", "spouse", false),
                member("鈴木 太一", "スズキ タイチ", "2011-04-10", "1", "child", false),
                member("鈴木 美咲", "スズキ ミサキ", "2014-08-20", "2", "child", false),
                member("鈴木 健二", "スズキ ケンジ", "2018-12-01", "1", "child", false)));
        update.put("answers", Map.of("health-insurance", "national", "public-servant", "no", "juminhyo-wanted", "no",
                "care-certified", "no", "moped", "no"));
        var saved = http().asClerk().sendJson("PUT", "/api/interviews/" + visitId, toJson(update));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        PrintedJourney print = print(visitId);

        print.hasForms(List.of("resident-change", "nhi-withdraw", "child-allowance", "child-medical-subsidy"));
        Map<String, String> applicant = new LinkedHashMap<>();
        applicant.put("visit.ticketNumber", ticket);
        applicant.put("visit.date", wareki(TODAY));
        applicant.put("resident.address", ownHome);
        applicant.put("resident.name", "鈴木 一郎");
        applicant.put("resident.phone", "0558-23-4567");
        String[] ichiro = {"鈴木 一郎", "スズキ イチロウ", "昭和57年7月15日", "男", "世帯主"};
        String[] hanako = {"鈴木 花子", "スズキ ハナコ", "昭和60年3月3日", "女", "妻"};
        String[] taichi = {"鈴木 太一", "スズキ タイチ", "平成23年4月10日", "男", "子"};
        String[] misaki = {"鈴木 美咲", "スズキ ミサキ", "平成26年8月20日", "女", "子"};
        String[] kenji = {"鈴木 健二", "スズキ ケンジ", "平成30年12月1日", "男", "子"};
        List<String> columns = List.of("name", "kana", "birthDate", "sex", "relationship");
        print.boxes("resident-change", with(applicant, "move.date", wareki(leaving), "move.newAddress", yokohama,
                        "move.previousAddress", ownHome, "householder.name", "鈴木 一郎",
                        rows(columns, ichiro, hanako, taichi), FilledBoxes.OVERFLOW, "ほか2名は別紙に記載"))
                .scanned("resident-change", Map.of("move.kind", "move-out", "household[4].name", "鈴木 健二"));
        print.boxesOnPage("resident-change", print.continuationOf("resident-change", 1), with(Map.of(),
                "visit.ticketNumber", ticket, "visit.date", wareki(TODAY), rows(columns, misaki, kenji)));
        print.boxes("nhi-withdraw", with(applicant, "resident.kana", "スズキ イチロウ", "resident.birthDate", "昭和57年7月15日",
                        "householder.name", "鈴木 一郎", "derived.lossDate", wareki(leaving),
                        rows(columns, ichiro, hanako, taichi, misaki, kenji)))
                .scanned("nhi-withdraw", Map.of("answers.nhi-reason", "move-out", "resident.sex", "1"));
        print.boxes("child-allowance", with(applicant, "resident.kana", "スズキ イチロウ", "resident.birthDate", "昭和57年7月15日",
                "answers.spouse-name", "鈴木 花子", rows(List.of("name", "kana", "birthDate", "relationship"),
                        drop(taichi, 3), drop(misaki, 3), drop(kenji, 3))));
        print.boxes("child-medical-subsidy", with(applicant, "resident.kana", "スズキ イチロウ",
                "resident.birthDate", "昭和57年7月15日", rows(columns, taichi, misaki, kenji)));
    }

    // ---- journey 5: a birth; the newborn alone joins the 国保, both children on the 児童手当 --------------------------

    @Test
    void aBirthListsTheNewbornWhereOnlyTheNewbornBelongsAndEveryChildOnTheChildAllowance() {
        LocalDate born = TODAY.minusDays(5);
        String home = "静岡県下田市二丁目3番4号";
        String visitId = startTyped("birth", "田中 美咲", "タナカ ミサキ", "1992-09-09", "2", home, "415-0022", "0558-27-1111");
        String ticket = ticketOf(visitId);
        Map<String, Object> update = typedUpdate("田中 美咲", "タナカ ミサキ", "1992-09-09", "2", home, "415-0022", "0558-27-1111");
        update.put("eventDate", born.toString());
        update.put("members", List.of(
                member("田中 大輔", "タナカ ダイスケ", "1990-02-02", "1", "spouse", true),
                member("田中 葵", "タナカ アオイ", "2021-05-05", "2", "child", false),
                member("田中 陽向", "タナカ ヒナタ", born.toString(), "1", "child", false)));
        update.put("answers", Map.of("health-insurance", "national", "public-servant", "no", "mother-first-category", "no",
                "juminhyo-wanted", "no", "nursery-wanted", "no"));
        save(visitId, update);

        PrintedJourney print = print(visitId);

        print.hasForms(List.of("nhi-enroll", "child-allowance", "child-medical-subsidy", "birth-contact-card"));
        Map<String, String> mother = applicantBoxes(ticket, home, "田中 美咲", "0558-27-1111", "タナカ ミサキ", "平成4年9月9日");
        String[] hinata = {"田中 陽向", "タナカ ヒナタ", wareki(born), "男", "子"};
        String[] aoi = {"田中 葵", "タナカ アオイ", "令和3年5月5日", "女", "子"};
        print.boxes("nhi-enroll", with(mother, "householder.name", "田中 大輔", "derived.acquiredDate", wareki(born),
                        rows(List.of("name", "kana", "birthDate", "sex", "relationship"), hinata)))
                .scanned("nhi-enroll", Map.of("answers.nhi-reason", "birth", "resident.sex", "2"));
        print.boxes("child-allowance", with(mother, "answers.spouse-name", "田中 大輔",
                rows(List.of("name", "kana", "birthDate", "relationship"), drop(aoi, 3), drop(hinata, 3))));
        print.boxes("child-medical-subsidy", with(mother,
                rows(List.of("name", "kana", "birthDate", "sex", "relationship"), hinata)));
        // 出生連絡票 (town pack, issue 17): the newborn only, for the nurse's visit; the mother without her birth date.
        print.boxes("birth-contact-card", with(Map.of(), "visit.ticketNumber", ticket, "visit.date", wareki(TODAY),
                "resident.address", home, "resident.kana", "タナカ ミサキ", "resident.name", "田中 美咲",
                "resident.phone", "0558-27-1111", rows(List.of("name", "kana", "birthDate", "sex"), drop(hinata, 4))));
    }

    // ---- journey 7: a marriage with a move within the town ---------------------------------------------------

    @Test
    void aMarriageWithAMoveWithinTheTownPrintsTheChangeOfAddressForBoth() {
        String oldHome = "静岡県下田市西本郷二丁目1番1号";
        String newHome = "静岡県下田市東本郷一丁目7番3号 コーポ東本郷102";
        String visitId = startTyped("marriage", "伊藤 直樹", "イトウ ナオキ", "1994-11-11", "1", oldHome, "415-0036",
                "0558-22-3333");
        String ticket = ticketOf(visitId);
        Map<String, Object> update = typedUpdate("伊藤 直樹", "イトウ ナオキ", "1994-11-11", "1", oldHome, "415-0036",
                "0558-22-3333");
        update.put("eventDate", TODAY.minusDays(1).toString());
        update.put("move", Map.of("date", TODAY.toString(), "newAddress",
                Map.of("machiazaId", "0027001", "block", 7, "residence", 3, "building", "コーポ東本郷102")));
        update.put("members", List.of(member("伊藤 結衣", "イトウ ユイ", "1996-02-14", "2", "spouse", false)));
        update.put("answers", Map.of("marriage-move", "within-town", "surname-change", "no", "joins-spouse-insurance", "no",
                "juminhyo-wanted", "no"));
        save(visitId, update);

        PrintedJourney print = print(visitId);

        print.hasForms(List.of("resident-change"));
        print.boxes("resident-change", with(Map.of("visit.ticketNumber", ticket, "visit.date", wareki(TODAY),
                        "resident.address", newHome, "resident.name", "伊藤 直樹", "resident.phone", "0558-22-3333"),
                        "move.date", wareki(TODAY), "move.newAddress", newHome, "move.previousAddress", oldHome,
                        "householder.name", "伊藤 直樹", rows(List.of("name", "kana", "birthDate", "sex", "relationship"),
                                new String[] {"伊藤 直樹", "イトウ ナオキ", "平成6年11月11日", "男", "世帯主"},
                                new String[] {"伊藤 結衣", "イトウ ユイ", "平成8年2月14日", "女", "妻"})))
                .scanned("resident-change", Map.of("move.kind", "move-within", "answers.requester", "self"));
    }

    /**
     * What the family of four's print says, whoever entered it: the mother files, her husband heads the household,
     * the children are listed only where children belong.
     */
    static void familyOfFourMovingIn(PrintedJourney print, String ticket, boolean phoneGiven) {
        Map<String, String> applicant = new LinkedHashMap<>();
        applicant.put("visit.ticketNumber", ticket);
        applicant.put("resident.address", NEW_HOME);
        applicant.put("resident.name", "山田 花子");
        if (phoneGiven) {
            applicant.put("resident.phone", "0558-22-1234");
        }
        String[] taro = {"山田 太郎", "ヤマダ タロウ", "昭和62年5月1日", "男", "世帯主"};
        String[] hanako = {"山田 花子", "ヤマダ ハナコ", "昭和64年1月7日", "女", "妻"};
        String[] ichiro = {"山田 一郎", "ヤマダ イチロウ", "令和元年6月1日", "男", "子"};
        String[] sakura = {"山田 桜", "ヤマダ サクラ", "令和6年2月1日", "女", "子"};

        print.boxes("resident-change", with(applicant,
                "visit.date", wareki(TODAY), "move.date", wareki(MOVED), "move.newAddress", NEW_HOME,
                "move.previousAddress", OLD_HOME, "householder.name", "山田 太郎",
                rows(List.of("name", "kana", "birthDate", "sex", "relationship"), taro, hanako, ichiro, sakura)))
                .scanned("resident-change", Map.of("move.kind", "move-in", "answers.requester", "self",
                        "answers.card-continue", "yes"));
        print.boxes("nhi-enroll", with(applicant,
                "visit.date", wareki(TODAY), "resident.kana", "ヤマダ ハナコ", "resident.birthDate", "昭和64年1月7日",
                "householder.name", "山田 太郎", "derived.acquiredDate", wareki(MOVED), "move.previousAddress", OLD_HOME,
                rows(List.of("name", "kana", "birthDate", "sex", "relationship"), taro, hanako, ichiro, sakura)))
                .scanned("nhi-enroll", Map.of("resident.sex", "2", "answers.nhi-reason", "move-in"));
        print.boxes("child-allowance", with(applicant,
                "visit.date", wareki(TODAY), "resident.kana", "ヤマダ ハナコ", "resident.birthDate", "昭和64年1月7日",
                "answers.spouse-name", "山田 太郎",
                rows(List.of("name", "kana", "birthDate", "relationship"), drop(ichiro, 3), drop(sakura, 3))))
                .scanned("child-allowance", Map.of("resident.sex", "2"));
        print.boxes("child-medical-subsidy", with(applicant,
                "visit.date", wareki(TODAY), "resident.kana", "ヤマダ ハナコ", "resident.birthDate", "昭和64年1月7日",
                rows(List.of("name", "kana", "birthDate", "sex", "relationship"), ichiro, sakura)));
    }

    static Map<String, String> familyAnswers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("health-insurance", "national");
        answers.put("pension-first-category", "no");
        answers.put("public-servant", "no");
        answers.put("my-number-card", "yes");
        answers.put("seal-wanted", "no");
        answers.put("dog", "no");
        answers.put("juminhyo-wanted", "no");
        // The town pack's other move-in questions (issue 17): no nursery place wanted, two parents, no moped, no
        // disability certificate to move.
        answers.put("nursery-wanted", "no");
        answers.put("single-parent", "no");
        answers.put("moped", "no");
        answers.put("disability-certificate", "no");
        return answers;
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    /** The clerk's save after a take-over: the mother's kana and phone, the members as given, the rest as it was. */
    void clerkCompletes(String visitId, JsonNode interview, List<?> members) {
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("version", interview.get("version").asInt());
        update.put("resident", Map.of("kana", "ヤマダ ハナコ", "phone", "0558-22-1234"));
        update.put("move", Map.of("date", MOVED.toString(), "newAddress", interview.at("/move/newAddress")));
        update.put("members", members);
        update.put("answers", interview.get("answers"));
        save(visitId, update);
    }

    String takeOver(String ticket) {
        var takenOver = http().asClerk().postJson("/api/interviews/take-over", Map.of("ticketNumber", ticket));
        assertThat(takenOver.statusCode()).as(takenOver.body()).isEqualTo(200);
        return json(takenOver).get("visitId").asText();
    }

    static Map<String, Object> homeMember(String relationship, String birthDate, String name, String kana, String sex) {
        return Map.of("relationship", relationship, "birthDate", birthDate, "deceased", false, "name", name,
                "kana", kana, "sex", sex);
    }

}
