package jp.kakanai.forms.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.resident.Sex;

/**
 * Visits as the counter really prints them, for the QR measurements and scan tests: a single resident, a
 * couple, a family of four, and a three-generation family of seven with long names and addresses and 外字
 * (characters outside JIS X 0208 such as 𠮷 and 髙). Every visit has all the keys the catalog's forms print
 * (the server's print fills the same tree), a random visit UUID and its own ticket and dates. Seeded, so a
 * measurement can be repeated exactly.
 */
public final class RealisticVisits {
    /** Household sizes in the order visits cycle through them. */
    public static final List<Integer> SIZES = List.of(1, 2, 4, 7);

    private static final String[] SURNAMES = {"山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林", "加藤"};
    private static final String[] SURNAME_KANA = {"ヤマダ", "サトウ", "スズキ", "タカハシ", "タナカ", "イトウ", "ワタナベ", "ナカムラ", "コバヤシ", "カトウ"};
    private static final String[] MEN = {"太郎", "健太", "一郎", "大輔", "翔太", "正男"};
    private static final String[] MEN_KANA = {"タロウ", "ケンタ", "イチロウ", "ダイスケ", "ショウタ", "マサオ"};
    private static final String[] WOMEN = {"花子", "美咲", "陽子", "さくら", "由美", "恵子"};
    private static final String[] WOMEN_KANA = {"ハナコ", "ミサキ", "ヨウコ", "サクラ", "ユミ", "ケイコ"};
    private static final String[] ADDRESSES = {
            "東京都千代田区霞が関一丁目2番3号 かかないハイツ101号室",
            "神奈川県横浜市中区日本大通1番地",
            "埼玉県さいたま市浦和区常盤六丁目4番4号 コーポ常盤203",
            "千葉県船橋市湊町二丁目10番25号"};
    private static final String[] PREVIOUS = {"大阪府大阪市北区中之島一丁目3番20号", "愛知県名古屋市中区三の丸三丁目1番1号",
            "福岡県福岡市中央区天神一丁目8番1号 天神レジデンス1502号室"};
    /** The long household: 外字 surname (𠮷 is beyond the BMP, 髙 outside JIS X 0208), long given names and address. */
    private static final String LONG_ADDRESS = "北海道札幌市中央区北一条西二丁目一番地 かかないタワーレジデンス北棟二十三階二三〇四号室（管理人室経由）";
    private static final String LONG_PREVIOUS = "鹿児島県鹿児島市山下町十一番一号 鹿児島中央ステーションビュー・グランドマンション第二期東館八〇七号室";

    private RealisticVisits() {
    }

    /** {@code count} visits, cycling through {@link #SIZES}, the same for the same seed. */
    public static List<FormData> visits(int count, long seed) {
        Random random = new Random(seed);
        List<FormData> visits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            visits.add(visit(SIZES.get(i % SIZES.size()), i + 1, random));
        }
        return visits;
    }

    /**
     * The benchmark's real household (issue 16 §5): a move-in of six people, the long address of a tower block, 𠮷
     * (beyond the BMP, IPAmj Mincho) in the surname, on the 住民異動届 that lists them all.
     */
    public static FormData sixPersonMoveIn() {
        FormDataBuilder data = FormDataBuilder.forResident(new BasicFourInfo("𠮷田 一之進", LONG_ADDRESS, LocalDate.of(1978, 4, 2), Sex.MALE))
                .visit("9d3c1a4e-2b7f-4c61-8e0a-5f2d6b9c3e71", LocalDate.of(2026, 11, 24), "A-031", "move-in")
                .put("resident.kana", "ヨシダ イチノシン").put("resident.postcode", "060-0001").put("resident.phone", "011-234-5678")
                .put("householder.name", "𠮷田 一之進").put("move.date", "2026-11-15")
                .put("move.previousAddress", LONG_PREVIOUS).put("move.newAddress", LONG_ADDRESS)
                .put("answers.requester", "householder").put("answers.card-continue", "yes");
        String[][] members = {{"𠮷田 一之進", "ヨシダ イチノシン", "1978-04-02", "1", "世帯主"}, {"𠮷田 美智代", "ヨシダ ミチヨ", "1980-09-12", "2", "妻"},
                {"𠮷田 龍之介", "ヨシダ リュウノスケ", "2008-01-30", "1", "子"}, {"𠮷田 彩葉", "ヨシダ イロハ", "2011-06-06", "2", "子"},
                {"𠮷田 源右衛門", "ヨシダ ゲンエモン", "1948-02-11", "1", "父"}, {"𠮷田 ツル", "ヨシダ ツル", "1950-12-24", "2", "母"}};
        for (int i = 0; i < members.length; i++) {
            String row = "household[" + i + "].";
            data.put(row + "name", members[i][0]).put(row + "kana", members[i][1]).put(row + "birthDate", members[i][2])
                    .put(row + "sex", members[i][3]).put(row + "relationship", members[i][4]);
        }
        return data.build();
    }

    /** The densest household the counter prints: seven people, long names and addresses, 外字. */
    public static FormData densestFamily() {
        return visit(7, 999, new Random(7));
    }

    public static FormData visit(int householdSize, int ticket, Random random) {
        boolean seven = householdSize >= 7;
        int family = random.nextInt(SURNAMES.length);
        String surname = seven ? "𠮷髙" : SURNAMES[family];
        String surnameKana = seven ? "ヨシタカ" : SURNAME_KANA[family];
        String address = seven ? LONG_ADDRESS : ADDRESSES[random.nextInt(ADDRESSES.length)];
        String previous = seven ? LONG_PREVIOUS : PREVIOUS[random.nextInt(PREVIOUS.length)];
        LocalDate today = LocalDate.of(2026, 4, 1).plusDays(random.nextInt(240));
        List<Member> members = household(householdSize, surname, surnameKana, today, random);
        Member head = members.get(0);
        FormDataBuilder data = FormDataBuilder.forResident(new BasicFourInfo(head.name, address, head.birthDate, head.sex))
                .visit(UUID.nameUUIDFromBytes(new byte[] {(byte) ticket, (byte) random.nextInt()}).toString(), today,
                        String.format("%s-%03d", "ABC".charAt(random.nextInt(3)), ticket), "move-in")
                .put("resident.kana", head.kana)
                .put("resident.postcode", String.format("%03d-%04d", random.nextInt(1000), random.nextInt(10000)))
                .put("resident.phone", String.format("0%d0-%04d-%04d", 7 + random.nextInt(3), random.nextInt(10000), random.nextInt(10000)))
                .put("resident.myNumber", "123456789018")
                .put("householder.name", head.name)
                .put("move.date", today.minusDays(1 + random.nextInt(13)))
                .put("move.previousAddress", previous)
                .put("move.newAddress", address)
                .put("deceased.name", surname + " 正男").put("deceased.address", address)
                .put("deceased.birthDate", "1938-03-03").put("deceased.deathDate", today.minusDays(5));
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            String row = "household[" + i + "].";
            data.put(row + "name", m.name).put(row + "kana", m.kana).put(row + "birthDate", m.birthDate)
                    .put(row + "sex", m.sex).put(row + "relationship", m.relationship);
        }
        return answers(data, surname, random).build();
    }

    private record Member(String name, String kana, LocalDate birthDate, Sex sex, String relationship) {
    }

    private static List<Member> household(int size, String surname, String kana, LocalDate today, Random random) {
        List<Member> members = new ArrayList<>();
        boolean seven = size >= 7;
        int headAge = seven ? 48 : 25 + random.nextInt(40);
        members.add(person(surname, kana, seven ? "一之進" : null, seven ? "イチノシン" : null, Sex.MALE, "世帯主",
                today.minusYears(headAge).minusDays(random.nextInt(365)), random));
        if (size >= 2) {
            members.add(person(surname, kana, seven ? "美智代" : null, seven ? "ミチヨ" : null, Sex.FEMALE, "妻",
                    today.minusYears(headAge - 2).minusDays(random.nextInt(365)), random));
        }
        String[][] seventh = {{"龍之介", "リュウノスケ"}, {"彩葉", "イロハ"}, {"優", "ユウ"}};
        int children = seven ? 3 : Math.max(0, size - 2);
        for (int c = 0; c < children; c++) {
            Sex sex = c % 2 == 0 ? Sex.MALE : Sex.FEMALE;
            members.add(person(surname, kana, seven ? seventh[c][0] : null, seven ? seventh[c][1] : null, sex, "子",
                    today.minusYears(2 + 3L * c + random.nextInt(3)).minusDays(random.nextInt(365)), random));
        }
        if (seven) {
            members.add(person(surname, kana, "源右衛門", "ゲンエモン", Sex.MALE, "父", today.minusYears(78).minusDays(40), random));
            members.add(person("髙橋", "タカハシ", "ツル", "ツル", Sex.FEMALE, "妻の母", today.minusYears(80).minusDays(200), random));
        }
        return members;
    }

    private static Member person(String surname, String surnameKana, String given, String givenKana, Sex sex,
                                 String relationship, LocalDate birthDate, Random random) {
        if (given == null) {
            int i = random.nextInt(MEN.length);
            given = sex == Sex.MALE ? MEN[i] : WOMEN[i];
            givenKana = sex == Sex.MALE ? MEN_KANA[i] : WOMEN_KANA[i];
        }
        return new Member(surname + " " + given, surnameKana + " " + givenKana, birthDate, sex, relationship);
    }

    /** What the counter interview answers for every form of the catalog (each form prints its own). */
    private static FormDataBuilder answers(FormDataBuilder data, String surname, Random random) {
        return data.put("answers.requester", "self").put("answers.scope", "all").put("answers.certificate", "copy")
                .put("answers.copies", 1 + random.nextInt(3)).put("answers.items", List.of("householder", "domicile"))
                .put("answers.purpose", "employment").put("answers.card-continue", "yes")
                .put("answers.pension-kind", "address-change").put("answers.pension-type", "national")
                .put("answers.pension-number", String.format("%04d-%06d", random.nextInt(10000), random.nextInt(1000000)))
                .put("answers.spouse-name", surname + " 花子").put("answers.late-elderly-kind", "move-in")
                .put("answers.care-kind", "enrol").put("answers.child-insurance", "nhi")
                .put("answers.funeral-date", "2026-03-14").put("answers.relation-to-deceased", "長男")
                .put("answers.funeral-proof", "receipt")
                .put("answers.dog-change", "address").put("answers.dog-name", "ポチ")
                .put("answers.dog-registration-number", "第" + (10000 + random.nextInt(90000)) + "号")
                .put("answers.dog-breed", "柴犬").put("answers.dog-colour", "赤").put("answers.dog-sex", "male")
                .put("answers.id-document", "mynumber-card").put("answers.burden-certificate", "no")
                .put("answers.care-certificate", "no");
    }
}
