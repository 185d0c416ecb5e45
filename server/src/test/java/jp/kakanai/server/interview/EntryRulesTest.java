package jp.kakanai.server.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kakanai.forms.checkin.Address;
import jp.kakanai.forms.checkin.Member;
import jp.kakanai.forms.checkin.MoveFacts;
import jp.kakanai.forms.navigation.LifeEvent;
import jp.kakanai.forms.pack.TownPack;
import jp.kakanai.server.address.AddressMaster;
import jp.kakanai.forms.resident.Sex;
import jp.kakanai.server.interview.InterviewRequests.MemberEntry;
import jp.kakanai.server.interview.InterviewRequests.ResidentEntry;
import org.junit.jupiter.api.Test;

class EntryRulesTest {
    private static final PostcodeTable POSTCODES = PostcodeTable.standard();
    private static final AddressMaster TOWN = new AddressMaster(TownPack.sample());
    private static final LifeEvent MOVE_IN = TownPack.sample().catalog().lifeEventOrThrow("move-in");

    private static EntryRules rules() {
        return new EntryRules(POSTCODES, TOWN, LocalDate.of(2026, 11, 22));
    }

    private static ResidentEntry yamada() {
        return new ResidentEntry("山田 太郎", "やまだ たろう", "昭和64年1月7日", "1", "東京都千代田区霞が関一丁目2番3号",
                "１００－００１３", "03-1234-5678");
    }

    private static List<FieldError> errorsOf(EntryRules rules) {
        return catchThrowableOfType(InvalidEntry.class, rules::throwIfRejected).errors();
    }

    @Test
    void aCorrectEntryIsCheckedAndNormalised() {
        EntryRules rules = rules();

        ResidentFacts resident = rules.resident(yamada(), "resident", true);
        rules.throwIfRejected();

        assertThat(resident.basic().name()).isEqualTo("山田 太郎");
        assertThat(resident.basic().birthDate()).isEqualTo(LocalDate.of(1989, 1, 7));
        assertThat(resident.basic().sex()).isEqualTo(Sex.MALE);
        assertThat(resident.kana()).hasValue("ヤマダ タロウ");
        assertThat(resident.postcode()).hasValue("100-0013");
        assertThat(resident.phone()).hasValue("03-1234-5678");
    }

    @Test
    void everyWrongFieldIsReportedAtOnceInPlainJapanese() {
        EntryRules rules = rules();

        rules.resident(new ResidentEntry(" ", "山田", "昭和64年1月8日", null, "", "12345", "03-12"), "resident", true);

        assertThat(errorsOf(rules)).containsExactly(
                new FieldError("resident.name", "氏名を入力してください。"),
                new FieldError("resident.kana", "フリガナはカタカナかひらがなで入力してください（「山」は使えません）。"),
                new FieldError("resident.birthDate", "「昭和64年1月8日」という日付はありません（昭和の期間外か、その月にない日です）。"),
                new FieldError("resident.sex", "性別を選んでください。"),
                new FieldError("resident.address", "住所を入力してください。"),
                new FieldError("resident.postcode", "郵便番号は7桁の数字で入力してください（例: 100-0013）。"),
                new FieldError("resident.phone", "電話番号は10桁か11桁の数字で入力してください（例: 03-1234-5678）。"));
    }

    @Test
    void aCardsNotApplicableSexIsKeptButNotKnownMustBeChosen() {
        EntryRules rules = rules();
        var notApplicable = new ResidentEntry("山田 太郎", "ヤマダ タロウ", "1989-01-07", "9", "東京都千代田区霞が関一丁目2番3号",
                "100-0013", "");
        assertThat(rules.resident(notApplicable, "resident", true).basic().sex()).isEqualTo(Sex.NOT_APPLICABLE);
        rules.throwIfRejected();

        EntryRules licence = rules();
        licence.resident(new ResidentEntry("山田 太郎", "ヤマダ タロウ", "1989-01-07", "0", "東京都千代田区霞が関一丁目2番3号",
                "100-0013", ""), "resident", true);
        assertThat(errorsOf(licence)).containsExactly(new FieldError("resident.sex", "性別を選んでください。"));
    }

    @Test
    void aPostcodeOfAnotherPrefectureIsRefused() {
        EntryRules rules = rules();
        var osakaPostcode = new ResidentEntry("山田 太郎", "ヤマダ タロウ", "1989-01-07", "1", "東京都千代田区霞が関一丁目2番3号",
                "530-0001", "");

        rules.resident(osakaPostcode, "resident", true);

        assertThat(errorsOf(rules)).containsExactly(new FieldError("resident.postcode",
                "郵便番号 530-0001 は大阪府の番号です。住所（東京都）と合っていません。"));
    }

    @Test
    void aPostcodeNeedsTheAddressToStartWithItsPrefecture() {
        EntryRules rules = rules();

        rules.resident(new ResidentEntry("山田 太郎", "ヤマダ", "1989-01-07", "1", "千代田区霞が関一丁目2番3号", "100-0013", null),
                "resident", true);

        assertThat(errorsOf(rules)).containsExactly(new FieldError("resident.address",
                "住所は都道府県名から入力してください（郵便番号と照らし合わせます）。"));
    }

    @Test
    void withoutPostcodeAnAddressNeedNotNameItsPrefectureAndKanaMayWaitForACard() {
        EntryRules rules = rules();

        ResidentFacts resident = rules.resident(new ResidentEntry("山田 太郎", "", "1989-01-07", "1", "千代田区霞が関", "", ""),
                "resident", false);
        rules.throwIfRejected();

        assertThat(resident.kana()).isEmpty();
        assertThat(resident.postcode()).isEmpty();
    }

    @Test
    void membersAreCheckedWithTheirIndex() {
        EntryRules rules = rules();

        rules.members(List.of(
                new MemberEntry("山田 花子", "ヤマダ ハナコ", "H2.5.1", "2", "spouse"),
                new MemberEntry("山田 一郎", "Ichiro", "2027-01-01", "1", "son")));

        assertThat(errorsOf(rules)).containsExactly(
                new FieldError("members[1].kana", "フリガナはカタカナかひらがなで入力してください（「I」は使えません）。"),
                new FieldError("members[1].birthDate", "生年月日が今日より後の日付になっています。"),
                new FieldError("members[1].relationship", "続柄を選んでください。"));
    }

    @Test
    void aValidMemberIsReadyForTheFormsAndTheNavigation() {
        EntryRules rules = rules();

        List<Member> members = rules.members(List.of(new MemberEntry("山田 花子", "", "平成2年5月1日", "2", "spouse")));
        rules.throwIfRejected();

        assertThat(members).containsExactly(new Member("spouse", LocalDate.of(1990, 5, 1), Optional.of(Sex.FEMALE),
                Optional.of("山田 花子"), Optional.empty(), false, false, Optional.empty()));
    }

    @Test
    void aMemberFromTheKioskMayHaveNoNameKanaOrSexYet() {
        EntryRules rules = rules();

        List<Member> members = rules.members(List.of(new MemberEntry("", null, "2019-06-01", "0", "child")));
        rules.throwIfRejected();

        assertThat(members).containsExactly(Member.of("child", LocalDate.of(2019, 6, 1)));
    }

    @Test
    void twoDeceasedOrTwoHouseholdersAreRefused() {
        EntryRules rules = rules();

        rules.members(List.of(new MemberEntry("甲", null, "1950-01-01", "1", "parent", true, true, null),
                new MemberEntry("乙", null, "1952-01-01", "2", "parent", true, true, null)));

        assertThat(errorsOf(rules)).containsExactly(new FieldError("members", "亡くなった方は一人だけ選んでください。"),
                new FieldError("members", "世帯主は一人だけです。"));
    }

    @Test
    void aTownAddressIsCheckedAgainstTheMasterAndComposedAsPrinted() {
        EntryRules rules = rules();

        MoveFacts move = rules.move(new InterviewRequests.MoveEntry("2026-11-20", null,
                Address.inTown("0000003", 4, 5, "かかないハイツ101号室"), null), MOVE_IN, "東京都千代田区霞が関一丁目2番3号");
        rules.throwIfRejected();

        assertThat(move.newAddress().flatMap(Address::text)).hasValue("静岡県下田市三丁目4番5号 かかないハイツ101号室");
        assertThat(move.newAddress().flatMap(Address::postcode)).hasValue("415-0023");
        assertThat(move.previousAddress()).isEmpty();
        assertThat(move.date()).hasValue(LocalDate.of(2026, 11, 20));
    }

    @Test
    void aTownAddressWithoutItsNumbersNamesTheMissingPart() {
        EntryRules rules = rules();

        rules.move(new InterviewRequests.MoveEntry(null, null, Address.inTown("0000003", 4, 0, null), null),
                MOVE_IN, "東京都千代田区霞が関一丁目2番3号");

        assertThat(errorsOf(rules)).containsExactly(new FieldError("move.newAddress.residence",
                "号（住居の番号、1〜999）を選んでください。"));
    }

    @Test
    void theOldBodysOtherAddressIsThePreviousOneOnAMoveIn() {
        EntryRules rules = rules();

        MoveFacts move = rules.move(new InterviewRequests.MoveEntry(null, "大阪府大阪市北区中之島一丁目3番20号"),
                MOVE_IN, "東京都千代田区霞が関一丁目2番3号");
        rules.throwIfRejected();

        assertThat(move.previousAddress().flatMap(Address::text)).hasValue("大阪府大阪市北区中之島一丁目3番20号");
        assertThat(move.newAddress().flatMap(Address::text)).hasValue("東京都千代田区霞が関一丁目2番3号");
    }

    @Test
    void aMoveDateFarFromTodayIsRefused() {
        EntryRules rules = rules();

        rules.move(new InterviewRequests.MoveEntry("2020-04-01", "大阪府大阪市北区中之島一丁目3番20号"),
                MOVE_IN, "東京都千代田区霞が関一丁目2番3号");

        assertThat(errorsOf(rules)).containsExactly(new FieldError("move.date", "異動日は今日の前後1年以内の日付にしてください。"));
    }

    @Test
    void namesAndAddressesOfInvisibleCharactersOnlyAreRefusedLikeEmptyOnes() {
        EntryRules rules = rules();
        String fillers = "\u3164\u3164";
        String zeroWidth = "\u200B\u2060";

        rules.resident(new ResidentEntry(fillers, "ヤマダ タロウ", "1989-01-07", "1", zeroWidth, "", ""), "resident", true);
        rules.members(List.of(new MemberEntry("\uFE0F\u200D", "", "平成2年5月1日", "2", "spouse")));
        rules.move(new InterviewRequests.MoveEntry("", "\u00AD"), MOVE_IN, "東京都千代田区霞が関一丁目2番3号");
        rules.householderName("\u115F\u1160");

        assertThat(errorsOf(rules)).containsExactly(
                new FieldError("resident.name", "氏名に見える文字がありません（空白や見えない文字だけです）。"),
                new FieldError("resident.address", "住所に見える文字がありません（空白や見えない文字だけです）。"),
                new FieldError("members[0].name", "氏名に見える文字がありません（空白や見えない文字だけです）。"),
                new FieldError("move.otherAddress", "住所に見える文字がありません（空白や見えない文字だけです）。"),
                new FieldError("householderName", "世帯主の氏名に見える文字がありません（空白や見えない文字だけです）。"));
    }

    @Test
    void aNameWithOneVisibleCharacterAmongInvisibleOnesIsKeptAsTyped() {
        EntryRules rules = rules();

        var resident = rules.resident(new ResidentEntry("\u200B山田 太郎", "ヤマダ タロウ", "1989-01-07", "1",
                "東京都千代田区霞が関一丁目2番3号", "", ""), "resident", true);
        rules.throwIfRejected();

        assertThat(resident.basic().name()).isEqualTo("\u200B山田 太郎");
    }
}
