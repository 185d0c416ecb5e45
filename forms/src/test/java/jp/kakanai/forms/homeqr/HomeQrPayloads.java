package jp.kakanai.forms.homeqr;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kakanai.forms.navigation.Answers;
import jp.kakanai.forms.navigation.Relationship;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.resident.Sex;

/** Test payloads: a single resident, the biggest realistic family, and one with every field at its limit. */
final class HomeQrPayloads {
    static final Instant MADE = Instant.parse("2026-05-11T01:30:00Z");
    static final Duration TWO_WEEKS = Duration.ofDays(14);

    private HomeQrPayloads() {
    }

    static HomeQrPayload single() {
        return HomeQrPayload.issue("move-in",
                new BasicFourInfo("山田 太郎", "東京都千代田区千代田1-1", LocalDate.of(1989, 1, 8), Sex.MALE),
                Optional.of("ヤマダ タロウ"), Answers.of("health-insurance", "national", "dog", "no"),
                Optional.of(List.of()), MADE, TWO_WEEKS);
    }

    static HomeQrPayload withName(String name) {
        HomeQrPayload p = single();
        return new HomeQrPayload(p.lifeEvent(), new BasicFourInfo(name, p.resident().address(), p.resident().birthDate(),
                p.resident().sex()), p.kana(), p.answers(), p.household(), p.createdAt(), p.expiresAt());
    }

    /**
     * The biggest case a town sees often enough to plan for: a family of seven moving in, every member
     * named with kana, a long address with a building name, and every question the move-in asks answered.
     */
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

    /** {@code count} copies of {@code character}: to fill a field to its limit. */
    static String repeat(String character, int count) {
        return character.repeat(count);
    }
}
