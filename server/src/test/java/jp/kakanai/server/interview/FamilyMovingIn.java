package jp.kakanai.server.interview;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kakanai.server.OfficeClock;

/**
 * Test data: the 山田 family moving in, two adults and two children, as the clerk types them (和暦 mostly),
 * with the answers of the interview and the forms their visit prints, in walking order.
 */
public final class FamilyMovingIn {
    public static final String PREVIOUS_ADDRESS = "大阪府大阪市北区中之島一丁目3番20号";
    public static final String ADDRESS = "東京都千代田区霞が関一丁目2番3号 かかないハイツ101号室";
    public static final List<String> ADULTS = List.of("山田 太郎", "山田 花子");
    public static final List<String> CHILDREN = List.of("山田 一郎", "山田 桜");
    /** The forms of the visit in walking order (市民課, 保険年金課, こども家庭課) and their titles. */
    public static final Map<String, String> FORMS = forms();

    private FamilyMovingIn() {
    }

    public static List<String> everyone() {
        return List.of(ADULTS.get(0), ADULTS.get(1), CHILDREN.get(0), CHILDREN.get(1));
    }

    public static Map<String, Object> resident() {
        return entry("山田 太郎", "やまだ たろう", "昭和63年4月10日", "1", ADDRESS, "100-0013", "03-1234-5678");
    }

    public static Map<String, Object> start() {
        return Map.of("lifeEvent", "move-in", "source", "typed", "counter", "3番窓口", "resident", resident());
    }

    public static List<Map<String, Object>> members() {
        return List.of(
                member("山田 花子", "ヤマダ ハナコ", "平成2年5月1日", "2", "spouse"),
                member("山田 一郎", "ヤマダ イチロウ", "H28.6.1", "1", "child"),
                member("山田 桜", "ヤマダ サクラ", "令和4年2月1日", "2", "child"));
    }

    /** What the family answers: national health insurance, a self-employed adult, a juminhyo copy, no dog. */
    public static Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("health-insurance", "national");
        answers.put("pension-first-category", "yes");
        answers.put("public-servant", "no");
        answers.put("my-number-card", "yes");
        answers.put("seal-wanted", "no");
        answers.put("dog", "no");
        answers.put("juminhyo-wanted", "yes");
        answers.put("single-parent", "no");
        answers.put("nursery-wanted", "no");
        answers.put("disability-certificate", "no");
        answers.put("moped", "no");
        return answers;
    }

    public static Map<String, Object> update(int version) {
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("version", version);
        update.put("resident", resident());
        update.put("move", Map.of("date", LocalDate.now(OfficeClock.ZONE).minusDays(7).toString(),
                "otherAddress", PREVIOUS_ADDRESS));
        update.put("householderName", "山田 太郎");
        update.put("members", members());
        update.put("answers", answers());
        return update;
    }

    static Map<String, Object> entry(String name, String kana, String birthDate, String sex, String address,
                                     String postcode, String phone) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", name);
        entry.put("kana", kana);
        entry.put("birthDate", birthDate);
        entry.put("sex", sex);
        entry.put("address", address);
        entry.put("postcode", postcode);
        entry.put("phone", phone);
        return entry;
    }

    private static Map<String, Object> member(String name, String kana, String birthDate, String sex, String relationship) {
        return Map.of("name", name, "kana", kana, "birthDate", birthDate, "sex", sex, "relationship", relationship);
    }

    private static Map<String, String> forms() {
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put("resident-change", "住民異動届");
        forms.put("juminhyo-request", "住民票の写し等交付請求書");
        forms.put("nhi-enroll", "国民健康保険 資格取得届");
        forms.put("national-pension", "国民年金 被保険者関係届書");
        forms.put("child-allowance", "児童手当 認定請求書");
        forms.put("child-medical-subsidy", "子ども医療費助成 受給資格認定申請書");
        return forms;
    }
}
