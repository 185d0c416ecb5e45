package jp.kakanai.kiosk.qr;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kakanai.forms.homeqr.HomeQrMember;
import jp.kakanai.forms.homeqr.HomeQrPayload;
import jp.kakanai.forms.navigation.Answers;
import jp.kakanai.forms.navigation.Relationship;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.resident.Sex;

/** Test payloads as residents make them at home, and the instant the kiosk reads them. */
final class HomePayloads {
    static final Instant MADE = Instant.parse("2026-05-11T01:30:00Z");
    static final Duration TWO_WEEKS = Duration.ofDays(14);
    /** Three days later, at the kiosk. */
    static final Instant AT_THE_KIOSK = MADE.plus(Duration.ofDays(3));

    private HomePayloads() {
    }

    static HomeQrPayload couple() {
        return HomeQrPayload.issue("move-in",
                new BasicFourInfo("𠮷田 髙子", "大阪府大阪市北区梅田一丁目1番3号 大阪駅前第3ビル 12階", LocalDate.of(1989, 1, 8), Sex.FEMALE),
                Optional.of("ヨシダ タカコ"), Answers.of("health-insurance", "national", "dog", "no", "seal-wanted", "yes"),
                Optional.of(List.of(HomeQrMember.of(Relationship.SPOUSE, LocalDate.of(1987, 3, 3))
                        .named("𠮷田 一郎", "ヨシダ イチロウ", Sex.MALE))),
                MADE, TWO_WEEKS);
    }

    /** A family of seven with every name and kana: the densest code a town sees (QR version 15). */
    static HomeQrPayload familyOfSeven() {
        return HomeQrPayload.issue("move-in",
                new BasicFourInfo("長谷川 佐和子", "神奈川県横浜市神奈川区鶴屋町二丁目二十四番地の三 グランドメゾン横浜ステーションフロント1203号室",
                        LocalDate.of(1984, 11, 3), Sex.FEMALE),
                Optional.of("ハセガワ サワコ"),
                Answers.of("health-insurance", "national", "pension-first-category", "yes", "public-servant", "no",
                        "my-number-card", "yes", "seal-wanted", "yes", "dog", "dont-know", "juminhyo-wanted", "yes",
                        "care-certified", "no"),
                Optional.of(List.of(
                        HomeQrMember.of(Relationship.SPOUSE, LocalDate.of(1982, 6, 21)).named("長谷川 健一郎", "ハセガワ ケンイチロウ", Sex.MALE),
                        HomeQrMember.of(Relationship.CHILD, LocalDate.of(2012, 4, 2)).named("長谷川 美咲", "ハセガワ ミサキ", Sex.FEMALE),
                        HomeQrMember.of(Relationship.CHILD, LocalDate.of(2015, 9, 30)).named("長谷川 翔太", "ハセガワ ショウタ", Sex.MALE),
                        HomeQrMember.of(Relationship.CHILD, LocalDate.of(2019, 5, 1)).named("長谷川 𠮷乃", "ハセガワ ヨシノ", Sex.FEMALE),
                        HomeQrMember.of(Relationship.PARENT, LocalDate.of(1950, 2, 14)).named("長谷川 髙雄", "ハセガワ タカオ", Sex.MALE),
                        HomeQrMember.of(Relationship.PARENT, LocalDate.of(1953, 8, 8)).named("長谷川 和子", "ハセガワ カズコ", Sex.FEMALE))),
                MADE, TWO_WEEKS);
    }
}
